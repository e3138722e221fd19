import { View } from '@tarojs/components'
import { focusable } from './focusable'
import { goHome, leavePage } from './navigation'
import './H5Nav.css'

/**
 * H5 has no navigation bar and sub-pages no tab bar: every page that is not a tab gets 返回 and 首页 at its
 * top, so no page is a dead end. Mini-programs have the platform's bar (with its back and home buttons).
 */
export function H5Nav() {
  return (
    <View className="h5-nav" role="navigation" ariaLabel="页面导航">
      <View className="h5-nav__item" role="button" {...focusable} ariaLabel="返回上一页" onClick={leavePage}>
        ‹ 返回
      </View>
      <View className="h5-nav__item" role="button" {...focusable} ariaLabel="回到首页" onClick={goHome}>
        首页
      </View>
    </View>
  )
}
