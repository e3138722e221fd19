import Taro from '@tarojs/taro'
import type { PageLink } from '@/lib/routes'
import { PAY_HOME } from './labels'

/** Back to the payable list (`list`: for whom the page acts): the page below when the resident came from it, else the list in this page's place. */
export function backToPayables(list: PageLink): void {
  const pages = Taro.getCurrentPages()
  const below = pages[pages.length - 2] as { route?: string } | undefined
  if (below?.route?.replace(/^\//, '') === PAY_HOME.slice(1)) void Taro.navigateBack().catch(() => undefined)
  else void Taro.redirectTo({ url: list }).catch(() => undefined)
}
