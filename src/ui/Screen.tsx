import { useEffect, useLayoutEffect, useRef, type PropsWithChildren } from 'react'
import { View } from '@tarojs/components'
import { markLargeText, prepareH5Page, removeStaticShell } from '@/platform'
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
  useLayoutEffect(removeStaticShell, [])
  useEffect(() => prepareH5Page(root.current), [])
  useEffect(() => markLargeText(largeText), [largeText])
  const classes = ['screen', largeText ? 'screen--large' : '', className ?? ''].filter(Boolean).join(' ')
  return (
    <View ref={root} className={classes} style={scale === 1 ? undefined : `--text-scale: ${scale}`}>
      {tab ? null : <H5Nav />}
      <View role="main">
        <PageErrorBoundary>{children}</PageErrorBoundary>
      </View>
      {tester.Panel ? <tester.Panel /> : null}
    </View>
  )
}
