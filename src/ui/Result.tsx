import { View } from '@tarojs/components'
import type { ReactNode } from 'react'
import './Result.css'
import '@/ui/weui/msg'

/** A WeUI result page block: icon, title, text, and the next actions. Warnings are announced as alerts. */
export function Result({ kind, title, children, actions }: { kind: 'success' | 'warn'; title: string; children?: ReactNode; actions?: ReactNode }) {
  return (
    <View className="weui-msg result-msg" role={kind === 'warn' ? 'alert' : 'status'}>
      <View className="weui-msg__icon-area">
        <View className={`result-msg__icon result-msg__icon--${kind}`} />
      </View>
      <View className="weui-msg__text-area">
        <View className="weui-msg__title">{title}</View>
        {children}
      </View>
      {actions ? <View className="weui-msg__opr-area">{actions}</View> : null}
    </View>
  )
}
