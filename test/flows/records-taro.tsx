/**
 * Page lifecycle events for the records flow tests. In a build, Taro's framework runtime adds the page
 * hooks (useReachBottom, usePullDownRefresh) to @tarojs/taro; jest's stand-in (test/support/taro.ts)
 * has the real H5 Taro without them. Importing this module adds them, wired to `pageEvents`, so a test
 * can scroll to the bottom or pull down as the platform would; navigation and the pull-down indicator
 * become spies.
 */
import { useEffect, useRef } from 'react'

type Handler = () => void

const handlers = { reachBottom: new Set<Handler>(), pullDown: new Set<Handler>() }

export const pageEvents = {
  reachBottom: () => handlers.reachBottom.forEach((handler) => handler()),
  pullDown: () => handlers.pullDown.forEach((handler) => handler()),
}

const pageHook = (set: Set<Handler>) =>
  function usePageEvent(fn: Handler) {
    const latest = useRef(fn)
    useEffect(() => {
      latest.current = fn
    })
    useEffect(() => {
      const handler = () => latest.current()
      set.add(handler)
      return () => void set.delete(handler)
    }, [])
  }

export const taroSpies = {
  navigateTo: jest.fn<Promise<void>, [{ url: string }]>(() => Promise.resolve()),
  stopPullDownRefresh: jest.fn(() => Promise.resolve()),
}

// The module object that `import { useReachBottom } from '@tarojs/taro'` reads at call time, and its default.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const taroModule = require('@tarojs/taro') as { default: Record<string, unknown> }
const hooks = { useReachBottom: pageHook(handlers.reachBottom), usePullDownRefresh: pageHook(handlers.pullDown) }
for (const [name, value] of Object.entries(hooks)) Object.defineProperty(taroModule, name, { value, enumerable: true })
// The app calls these through the default export (Taro.navigateTo).
Object.assign(taroModule.default, hooks, taroSpies)
