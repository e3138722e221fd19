import Taro from '@tarojs/taro'
import type { PageUrl } from '@/lib/routes'

const HOME: PageUrl = '/pages/home/index'

/** To the civic centre's home tab, with nothing above it (after signing out, clearing data or unbinding). */
export function goHome(): void {
  void Taro.reLaunch({ url: HOME }).catch(() => undefined)
}

/**
 * Leave the page the way the resident came, or to home when it was opened directly (an H5 link, a
 * shared mini-program card): then there is nothing to go back to, and navigateBack would do nothing.
 */
export function leavePage(): void {
  if (Taro.getCurrentPages().length > 1) void Taro.navigateBack().catch(goHome)
  else goHome()
}
