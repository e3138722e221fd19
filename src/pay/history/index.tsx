/** 缴费记录: every 居民医保 payment the gateway knows, per person and year, each opening its receipt. */
import { View } from '@tarojs/components'
import { ServiceGate } from '@/city/ServiceGate'
import { useRequest } from '@/gateway/hooks'
import { ActingFor } from '@/identity/ActingFor'
import { useActingFor } from '@/identity/acting'
import { CardGate } from '@/identity/card'
import { RequestView } from '@/identity/RequestView'
import { formatMoney } from '@/lib/format'
import { NavCell } from '@/ui/NavCell'
import { Screen } from '@/ui/Screen'
import { EmptyView } from '@/ui/states'
import type { PayHistoryRow } from '../api'
import { HISTORY_URL, formatInstant, insuranceYear, orderUrl, usePersonName } from '../labels'
import '../api'
import '../pay.css'

export default function HistoryPage() {
  return (
    <Screen className="pay-page">
      <ActingFor page={HISTORY_URL} verb="查看">
        <View className="page-title">医保缴费记录</View>
        <View className="hint">每缴一次费，这里就有一条记录。点开一条，可以查看、保存或打印缴费凭证。</View>
        <ServiceGate serviceId="resident-medical-pay">
          <CardGate>{() => <History />}</CardGate>
        </ServiceGate>
      </ActingFor>
    </Screen>
  )
}

function History() {
  const history = useRequest('payHistory', useActingFor().input)
  return (
    <RequestView state={history} onRetry={() => void history.reload()} loadingLabel="正在查询缴费记录">
      {(rows) => (rows.length ? <ByPerson rows={rows} /> : <EmptyView title="还没有居民医保缴费记录" />)}
    </RequestView>
  )
}

function ByPerson({ rows }: { rows: PayHistoryRow[] }) {
  const { onBehalfOf } = useActingFor()
  const personName = usePersonName()
  const people = [...new Set(rows.map((row) => row.personId))]
  return (
    <View>
      {people.map((personId) => {
        const own = rows.filter((row) => row.personId === personId)
        return (
          <View key={personId} role="region" ariaLabel={personName(own[0])}>
            <View className="section-title">{personName(own[0])}</View>
            <View className="weui-cells">
              {own.map((row) => (
                <NavCell
                  key={`${row.orderId}-${row.year}`}
                  title={`${insuranceYear(row.year)} ${formatMoney(row.amountFen)}`}
                  note={`${formatInstant(row.paidAt).split(' ')[0]}缴 · 凭证`}
                  url={orderUrl(row.orderId, onBehalfOf)}
                />
              ))}
            </View>
          </View>
        )
      })}
    </View>
  )
}
