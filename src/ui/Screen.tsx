import { useEffect, useRef, type PropsWithChildren } from 'react'
import { View } from '@tarojs/components'
import { markLargeText } from '@/platform'
import { useTextSize } from '@/stores/preferences'
import { H5Nav } from './H5Nav'
import { PageErrorBoundary } from './PageErrorBoundary'
import { tester } from './tester'

/**
 * Every page's root: applies the theme tokens and the large-text mode; the page is the main landmark,
 * inside an error boundary (a page that throws shows 页面出错了 with 重试 and 12333). A page that is not a
 * tab (`tab` unset) gets the H5 back/home bar.
 */
export function Screen({ children, className, tab }: PropsWithChildren<{ className?: string; tab?: boolean }>) {
  const { large: largeText, scale } = useTextSize()
  const root = useRef<HTMLElement>(null)
  useEffect(() => {
    if (process.env.TARO_ENV !== 'h5') return
    // Taro H5 scrolls each page inside its own .taro_page element: make it reachable by keyboard so a page
    // with nothing to Tab to (a list of records) can still be scrolled without a finger (WCAG 2.1.1).
    const page = root.current?.closest('.taro_page')
    if (page && !page.hasAttribute('tabindex')) page.setAttribute('tabindex', '0')
    // Taro's H5 tab bar is a bare element outside every landmark: name it the app's navigation.
    const tabBar = document.querySelector('taro-tabbar')
    if (tabBar && !tabBar.hasAttribute('role')) {
      tabBar.setAttribute('role', 'navigation')
      tabBar.setAttribute('aria-label', '主导航')
    }
  }, [])
  useEffect(() => markLargeText(largeText), [largeText])
  const classes = ['screen', largeText ? 'screen--large' : '', className ?? ''].filter(Boolean).join(' ')
  return (
    <View ref={root} className={classes} style={scale === 1 ? undefined : `--text-scale: ${scale}`}>
      {process.env.TARO_ENV === 'h5' && !tab ? <H5Nav /> : null}
      <View role="main">
        <PageErrorBoundary>{children}</PageErrorBoundary>
      </View>
      {tester.Panel ? <tester.Panel /> : null}
    </View>
  )
}
