import { Text, View } from '@tarojs/components'
import { formatMoney } from '@/lib/format'
import { Num } from '@/ui/Num'
import type { PayOrder } from '../api'
import { usePersonName } from '../labels'

/** An order's people, each with the amount, and the total. */
export function OrderPeople({ people, totalFen }: Pick<PayOrder, 'people' | 'totalFen'>) {
  const personName = usePersonName()
  return (
    <View className="pay-order-people">
      {people.map((person) => (
        <View key={person.personId} className="pay-order-people__row">
          <Text>{personName(person)}</Text>
          <Num>{formatMoney(person.amountFen)}</Num>
        </View>
      ))}
      <View className="pay-order-people__row pay-order-people__total">
        <Text>合计</Text>
        <Num>{formatMoney(totalFen)}</Num>
      </View>
    </View>
  )
}
