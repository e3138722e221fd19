// Jest stand-in for @tarojs/taro: the real H5 implementation, default and named exports merged.
import * as taroH5 from '@tarojs/taro-h5'

const named = taroH5 as unknown as Record<string, unknown>
const merged = { ...((named.default as Record<string, unknown>) ?? {}), ...named }
export default merged
export * from '@tarojs/taro-h5'
