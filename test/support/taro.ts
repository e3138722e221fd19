// Jest stand-in for @tarojs/taro: the real H5 implementation, default and named exports merged.
// Taro's page hooks are injected by the build's React plugin, so jsdom lacks them; useDidShow here
// runs once when the page mounts, as a freshly opened page is shown once. Tests that need to show or
// hide a page again mock the hook themselves.
import { useEffect } from 'react'
import * as taroH5 from '@tarojs/taro-h5'

export function useDidShow(callback: () => void): void {
  // eslint-disable-next-line react-hooks/exhaustive-deps -- registered once per mount, like Taro's
  useEffect(() => callback(), [])
}

const named = taroH5 as unknown as Record<string, unknown>
const merged = { ...((named.default as Record<string, unknown>) ?? {}), ...named, useDidShow }
export default merged
export * from '@tarojs/taro-h5'
