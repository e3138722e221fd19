import { Text, View } from '@tarojs/components'
import { DoneButton, LinkButton } from '@/ui/Links'
import type { PayReceipt } from '../api'
import { useActingFor } from '@/identity/acting'
import { HISTORY_URL, receiptRows, usePersonName } from '../labels'
import { SaveReceipt } from './SaveReceipt'

/** 缴费凭证: payer, insured people, year, amount, time, order number and the verification code; saved or printed. */
export function Receipt({ receipt }: { receipt: PayReceipt }) {
  const rows = receiptRows(receipt, usePersonName())
  const { forPerson } = useActingFor()
  return (
    <View className="pay-receipt-area">
      <View className="block pay-receipt" role="region" ariaLabel="缴费凭证">
        <View className="pay-window__title">城乡居民医保缴费凭证</View>
        {rows.map(([label, value], i) => (
          <View key={`${label}-${i}`} className="pay-receipt__row">
            <Text className="pay-receipt__label">{label}</Text>
            <Text className="pay-receipt__value">{value}</Text>
          </View>
        ))}
        <View className="pay-line pay-line--muted">凭验证码可在 12333 或当地人社部门核验本凭证。</View>
      </View>
      <View className="actions pay-no-print">
        <SaveReceipt rows={rows} />
        <DoneButton />
        <LinkButton url={forPerson(HISTORY_URL)}>缴费记录</LinkButton>
      </View>
    </View>
  )
}
