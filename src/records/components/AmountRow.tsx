import type { ReactNode } from 'react'
import { View } from '@tarojs/components'

/**
 * A WeUI cell for one record: the title with the amount on its right, the details below across the whole
 * width (beside a right-hand amount column they were squeezed into a narrow strip in large-text mode).
 */
export function AmountRow({ title, details, amount, negative }: { title: string; details?: ReactNode; amount: string; negative?: boolean }) {
  return (
    <View className="weui-cell record-row">
      <View className="weui-cell__bd">
        <View className="record-row__head">
          <View className="record-row__title">{title}</View>
          <View className={`record-row__amount${negative ? ' record-row__amount--out' : ''}`}>{amount}</View>
        </View>
        {details ? <View className="record-row__details">{details}</View> : null}
      </View>
    </View>
  )
}
