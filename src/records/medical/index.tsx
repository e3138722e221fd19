import { View } from '@tarojs/components'
import { useRequest } from '@/gateway/hooks'
import { usePagedRequest } from '@/gateway/pagedRequest'
import { formatDate, formatMoney } from '@/lib/format'
import { useActingFor } from '@/identity/acting'
import { AmountRow } from '../components/AmountRow'
import { PagedList } from '../components/PagedList'
import { RecordsView } from '../components/RecordsView'
import { TRANSACTION_KINDS } from '../labels'
import { usePullRefresh } from '../usePullRefresh'
import { RecordsScreen } from '../components/RecordsScreen'
import '../records.css'

/** 医保个人账户: the balance, then every payment, refund and deposit, page by page. */
export default function MedicalAccount() {
  return (
    <RecordsScreen page="/records/medical/index">
      <MedicalAccountView />
    </RecordsScreen>
  )
}

/** The balance's shape while it loads, line for line, so 消费明细 below does not move when it comes. */
function BalanceSkeleton() {
  return (
    <View className="block balance" role="status" ariaLabel="正在加载账户余额">
      <View className="balance__label">账户余额</View>
      <View className="balance__amount balance__amount--loading">{'\u00a0'}</View>
      <View className="hint balance__note">正在加载…</View>
    </View>
  )
}

function MedicalAccountView() {
  const { input } = useActingFor()
  const account = useRequest('medicalAccount', input)
  const list = usePagedRequest('medicalTransactions', input)
  usePullRefresh(() => Promise.all([account.reload(), list.refresh()]))
  // Without a usable card (or offline) both fail alike: the balance's error says it once, for both.
  const sameFailure = account.phase === 'error' && list.phase === 'error' && list.error?.code === account.error.code
  const retryBoth = () => {
    account.reload()
    list.retry()
  }

  return (
    <>
      <View className="page-title">医保个人账户</View>
      <View className="hint">医保个人账户的钱可以在定点医院看病、定点药店买药时使用。本页查询账户余额，以及每一笔划入、支出和退费。</View>
      <RecordsView state={account} onRetry={sameFailure ? retryBoth : account.reload} skeleton={<BalanceSkeleton />}>
        {(data) => (
          <View className="block balance" role="group" ariaLabel={`账户余额 ${formatMoney(data.balanceFen)}`}>
            <View className="balance__label">账户余额</View>
            <View className="balance__amount">{formatMoney(data.balanceFen)}</View>
            <View className="hint balance__note">更新于 {formatDate(data.updatedAt)}</View>
          </View>
        )}
      </RecordsView>
      {sameFailure ? null : (
        <>
          <View className="section-title">消费明细</View>
          <PagedList
            list={list}
            label="消费明细"
            empty="暂无消费明细"
            renderItem={(item) => (
              <AmountRow
                title={`${TRANSACTION_KINDS[item.kind]} · ${item.place}`}
                details={formatDate(item.date)}
                amount={formatMoney(item.amountFen)}
                negative={item.amountFen < 0}
              />
            )}
          />
        </>
      )}
    </>
  )
}
