/**
 * Jest stand-in for @tarojs/taro: the real H5 implementation, default and named exports merged, plus the
 * page hooks that Taro's framework runtime adds in a build (so jsdom lacks them): useDidShow, useDidHide,
 * useReachBottom and usePullDownRefresh. The test drives them through `pageLifecycle`, as Taro would for
 * the pages on screen: useDidShow also runs once when the page mounts, as a freshly opened page is shown once.
 * Call them inside act(): `act(() => pageLifecycle.reachBottom())`.
 */
import { useEffect, useRef } from 'react'
import * as taroH5 from '@tarojs/taro-h5'

type PageEvent = 'show' | 'hide' | 'reachBottom' | 'pullDown'

const handlers: Record<PageEvent, Set<() => void>> = { show: new Set(), hide: new Set(), reachBottom: new Set(), pullDown: new Set() }

function pageHook(event: PageEvent, { onMount = false } = {}) {
  return function usePageEvent(callback: () => void): void {
    // Like Taro's: registered once per mount, calling the latest callback.
    const latest = useRef(callback)
    useEffect(() => {
      latest.current = callback
    })
    useEffect(() => {
      const handler = () => latest.current()
      handlers[event].add(handler)
      if (onMount) handler()
      return () => void handlers[event].delete(handler)
    }, [])
  }
}

export const useDidShow = pageHook('show', { onMount: true })
export const useDidHide = pageHook('hide')
export const useReachBottom = pageHook('reachBottom')
export const usePullDownRefresh = pageHook('pullDown')

const fire = (event: PageEvent) => () => handlers[event].forEach((handler) => handler())

/** What Taro does to the mounted pages: shows them again, hides them, scrolls them to the bottom, pulls them down. */
export const pageLifecycle = { show: fire('show'), hide: fire('hide'), reachBottom: fire('reachBottom'), pullDown: fire('pullDown') }

const named = taroH5 as unknown as Record<string, unknown>
const merged = { ...((named.default as Record<string, unknown>) ?? {}), ...named, useDidShow, useDidHide, useReachBottom, usePullDownRefresh }
export default merged
export * from '@tarojs/taro-h5'
