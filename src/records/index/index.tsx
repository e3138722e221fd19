import { View } from '@tarojs/components'
import { useRequest } from '@/gateway/hooks'
import { formatDate, formatMoney } from '@/lib/format'
import { NavCell } from '@/ui/NavCell'
import { useActingFor } from '@/identity/acting'
import { RecordsView } from '../components/RecordsView'
import { ENROLMENT_STATES, INSURANCE_NAMES } from '../labels'
import { usePullRefresh } from '../usePullRefresh'
import { RecordsScreen } from '../components/RecordsScreen'
import '../records.css'

/** 社保查询: the five insurances' enrolment, and the way into each query. */
export default function RecordsHome() {
  return (
    <RecordsScreen page="/records/index/index">
      <RecordsHomeView />
    </RecordsScreen>
  )
}

function RecordsHomeView() {
  const { input, forPerson } = useActingFor()
  const enrolment = useRequest('enrolment', input)
  usePullRefresh(enrolment.reload)

  return (
    <>
      <View className="page-title">社保查询</View>
      <View className="hint">点下面的项目查看缴费记录、医保和养老保险个人账户、待遇领取；再往下是养老、医疗、失业、工伤、生育五项保险的参保状态。</View>
      <View className="weui-cells">
        <NavCell title="缴费记录" url={forPerson('/records/contributions/index')} />
        <NavCell title="医保个人账户" url={forPerson('/records/medical/index')} />
        <NavCell title="养老保险个人账户" url={forPerson('/records/pension/index')} />
        <NavCell title="待遇领取" url={forPerson('/records/benefits/index')} />
      </View>
      <View className="section-title">参保状态</View>
      <RecordsView state={enrolment} onRetry={enrolment.reload} skeletonRows={5}>
        {(items) => (
          <View className="enrolment" role="list" ariaLabel="五险参保状态">
            {items.map((item) => (
              <View key={item.type} className="block enrolment__item" role="listitem">
                <View className="enrolment__head">
                  <View className="enrolment__name">{INSURANCE_NAMES[item.type]}</View>
                  <View className={`enrolment__state enrolment__state--${item.state}`}>{ENROLMENT_STATES[item.state]}</View>
                </View>
                {item.since ? <View className="enrolment__fact">参保日期：{formatDate(item.since)}</View> : null}
                {item.baseFen !== undefined ? <View className="enrolment__fact">缴费基数：{formatMoney(item.baseFen)}</View> : null}
                {item.employerMasked ? <View className="enrolment__fact">参保单位：{item.employerMasked}</View> : null}
              </View>
            ))}
          </View>
        )}
      </RecordsView>
    </>
  )
}
