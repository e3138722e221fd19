import Taro from '@tarojs/taro'
import { PAY_HOME } from './labels'

/** Back to the payable list: the page below when the resident came from it, else the list in this page's place. */
export function backToPayables(): void {
  const pages = Taro.getCurrentPages()
  const below = pages[pages.length - 2] as { route?: string } | undefined
  if (below?.route?.replace(/^\//, '') === PAY_HOME.slice(1)) void Taro.navigateBack().catch(() => undefined)
  else void Taro.redirectTo({ url: PAY_HOME }).catch(() => undefined)
}
