import { View } from '@tarojs/components'
import { useState } from 'react'
import type { InsuranceType } from '@/records/api'
import { useRequest } from '@/gateway/hooks'
import { usePagedRequest } from '@/gateway/pagedRequest'
import { formatMoney, formatMonth } from '@/lib/format'
import { Chips, type ChipOption } from '@/ui/Chips'
import { useActingFor } from '@/identity/acting'
import { AmountRow } from '../components/AmountRow'
import { PagedList } from '../components/PagedList'
import { INSURANCE_NAMES, INSURANCE_TYPES } from '../labels'
import { usePullRefresh } from '../usePullRefresh'
import { RecordsScreen } from '../components/RecordsScreen'
import '../records.css'

type TypeFilter = InsuranceType | 'all'

const TYPE_OPTIONS: ChipOption<TypeFilter>[] = [
  { value: 'all', label: '全部险种' },
  ...INSURANCE_TYPES.map((type) => ({ value: type, label: INSURANCE_NAMES[type] })),
]

/** This year back to the first year of enrolment (from the enrolment query), newest first. */
function yearOptions(firstYear: number | null, thisYear: number): ChipOption<string>[] {
  const years = firstYear === null ? [] : Array.from({ length: thisYear - firstYear + 1 }, (_, i) => String(thisYear - i))
  return [{ value: 'all', label: '全部年份' }, ...years.map((year) => ({ value: year, label: `${year}年` }))]
}

/** 缴费记录: by insurance and year, newest first, loaded page by page as the resident scrolls. */
export default function Contributions() {
  return (
    <RecordsScreen page="/records/contributions/index">
      <ContributionsView />
    </RecordsScreen>
  )
}

function ContributionsView() {
  const { input } = useActingFor()
  const [type, setType] = useState<TypeFilter>('all')
  const [year, setYear] = useState('all')
  const enrolment = useRequest('enrolment', input)
  const sinceYears = (enrolment.data ?? []).flatMap((item) => (item.since ? [Number(item.since.slice(0, 4))] : []))
  const years = yearOptions(sinceYears.length ? Math.min(...sinceYears) : null, new Date().getFullYear())

  const list = usePagedRequest('contributions', { ...input, ...(type === 'all' ? {} : { type }), ...(year === 'all' ? {} : { year: Number(year) }) })
  usePullRefresh(list.refresh)
  // The year chips come from the enrolment: a retry (or the H5 login) fetches it again if it failed too.
  const retry = () => {
    if (enrolment.phase === 'error') enrolment.reload()
    list.retry()
  }

  return (
    <>
      <View className="page-title">缴费记录</View>
      <View className="hint records-lead">
        按月列出每一笔社保缴费，最新的在前。个人缴纳是参保人自己交的，单位缴纳是单位交的；缴费基数乘以缴费比例，就是每月的缴费金额。
      </View>
      <View className="filters">
        <Chips<TypeFilter> scroll label="险种" options={TYPE_OPTIONS} value={type} onChange={setType} />
        <Chips<string> scroll label="年份" options={years} value={year} onChange={setYear} />
      </View>
      <PagedList
        list={{ ...list, retry }}
        label="缴费记录"
        empty={type === 'all' && year === 'all' ? '暂无缴费记录' : '所选险种和年份没有缴费记录'}
        renderItem={(item) => (
          <AmountRow
            title={`${formatMonth(item.month)} · ${INSURANCE_NAMES[item.type]}`}
            amount={formatMoney(item.personalFen)}
            details={[
              `个人缴纳 ${formatMoney(item.personalFen)}，单位缴纳 ${formatMoney(item.employerFen)}`,
              `缴费基数 ${formatMoney(item.baseFen)}`,
              `缴费单位 ${item.payer}`,
            ].join('\n')}
          />
        )}
      />
    </>
  )
}
