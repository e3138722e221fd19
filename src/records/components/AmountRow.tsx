import type { ReactNode } from 'react'
import { View } from '@tarojs/components'

/** A WeUI cell for one record: title and details on the left, the amount on the right. */
export function AmountRow({ title, details, amount, negative }: { title: string; details?: ReactNode; amount: string; negative?: boolean }) {
  return (
    <View className="weui-cell record-row">
      <View className="weui-cell__bd">
        <View className="record-row__title">{title}</View>
        {details ? <View className="record-row__details">{details}</View> : null}
      </View>
      <View className={`weui-cell__ft record-row__amount${negative ? ' record-row__amount--out' : ''}`}>{amount}</View>
    </View>
  )
}
