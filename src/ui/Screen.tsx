import type { PropsWithChildren } from 'react'
import { View } from '@tarojs/components'
import { usePreferences } from '@/stores/preferences'

/** Every page's root: applies the theme tokens and the large-text mode. */
export function Screen({ children, className }: PropsWithChildren<{ className?: string }>) {
  const largeText = usePreferences((s) => s.largeText)
  const classes = ['screen', largeText ? 'screen--large' : '', className ?? ''].filter(Boolean).join(' ')
  return <View className={classes}>{children}</View>
}
