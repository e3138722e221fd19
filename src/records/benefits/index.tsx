import { View } from '@tarojs/components'
import { useRequest } from '@/gateway/hooks'
import { formatDate, formatMoney } from '@/lib/format'
import { useActingFor } from '@/identity/acting'
import { AmountRow } from '../components/AmountRow'
import { RecordsView } from '../components/RecordsView'
import { INSURANCE_NAMES } from '../labels'
import { usePullRefresh } from '../usePullRefresh'
import { RecordsScreen } from '../components/RecordsScreen'
import '../records.css'

/** 待遇领取: benefits paid out (reimbursements, unemployment benefit, maternity allowance…), newest first. */
export default function Benefits() {
  return (
    <RecordsScreen page="/records/benefits/index">
      <BenefitsView />
    </RecordsScreen>
  )
}

function BenefitsView() {
  const { input } = useActingFor()
  const benefits = useRequest('benefits', input)
  usePullRefresh(benefits.reload)

  return (
    <>
      <View className="page-title">待遇领取</View>
      <View className="hint records-lead">这里列出已经领取的社保待遇，例如医疗费报销、失业保险金、生育津贴，最新的在最前面。</View>
      <RecordsView state={benefits} onRetry={benefits.reload} empty="暂无待遇领取记录" isEmpty={(items) => !items.length}>
        {(items) => (
          <View className="weui-cells records-list" role="list" ariaLabel={`待遇领取记录，共 ${items.length} 条`}>
            {[...items]
              .sort((a, b) => b.date.localeCompare(a.date))
              .map((item) => (
                <View key={item.id} role="listitem">
                  <AmountRow title={item.name} details={`${INSURANCE_NAMES[item.type]} · ${formatDate(item.date)}`} amount={formatMoney(item.amountFen)} />
                </View>
              ))}
          </View>
        )}
      </RecordsView>
    </>
  )
}
