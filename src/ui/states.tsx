import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'

/** Loading: a WeUI spinner with words for screen readers. */
export function LoadingView({ label = '正在加载' }: { label?: string }) {
  return (
    <View className="state-view" role="status" ariaLabel={label}>
      <View className="weui-loading" />
      <Text className="state-view__text">{label}…</Text>
    </View>
  )
}

export function EmptyView({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <View className="state-view" role="status">
      <Text className="state-view__title">{title}</Text>
      {children}
    </View>
  )
}
