import Taro, { usePullDownRefresh } from '@tarojs/taro'
import '@/platform/pullDownRefresh'

/**
 * Pull-to-refresh of the page (needs `enablePullDownRefresh: true` in the page config): runs `refresh`
 * and hides the platform's indicator when its promise settles, whether it worked or not (at once when
 * it returns none: the page then shows its own loading state). Taro's hook always calls the latest
 * `refresh`.
 */
export function usePullRefresh(refresh: () => unknown): void {
  usePullDownRefresh(() => {
    void Promise.resolve()
      .then(refresh)
      .catch(() => undefined)
      .finally(() => void Taro.stopPullDownRefresh())
  })
}
