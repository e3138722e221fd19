import type { ComponentType, PropsWithChildren } from 'react'
import { View } from '@tarojs/components'
import { usePreferences } from '@/stores/preferences'

/* Non-production builds only: MOCK_GATEWAY is false in production and the require goes with this branch. */
const TesterPanel: ComponentType | null = MOCK_GATEWAY
  ? // eslint-disable-next-line @typescript-eslint/no-require-imports -- see above
    (require('../../mock/panel/TesterPanel') as { TesterPanel: ComponentType }).TesterPanel
  : null

/** Every page's root: applies the theme tokens and the large-text mode. */
export function Screen({ children, className }: PropsWithChildren<{ className?: string }>) {
  const largeText = usePreferences((s) => s.largeText)
  const classes = ['screen', largeText ? 'screen--large' : '', className ?? ''].filter(Boolean).join(' ')
  return (
    <View className={classes}>
      {children}
      {TesterPanel ? <TesterPanel /> : null}
    </View>
  )
}
