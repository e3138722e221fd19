import { Text, View } from '@tarojs/components'
import { useMemo } from 'react'
import type { ResponseOf } from '@/gateway/contract'
import { useRequest } from '@/gateway/hooks'
import { formatMoney } from '@/lib/format'
import { useActingFor } from '@/identity/acting'
import { formatAxisYuan } from '../chart/barChart'
import { BarChartCanvas } from '../chart/BarChartCanvas'
import { RecordsView } from '../components/RecordsView'
import { usePullRefresh } from '../usePullRefresh'
import { RecordsScreen } from '../components/RecordsScreen'
import '../records.css'

type Pension = ResponseOf<'pension'>

function PensionChart({ years }: { years: Pension['years'] }) {
  const data = useMemo(() => years.map((y) => ({ label: String(y.year), value: y.balanceFen })), [years])
  const first = years[0]
  const last = years[years.length - 1]
  return (
    <View className="block">
      <View className="chart-title">逐年累计（元）</View>
      <BarChartCanvas
        data={data}
        formatTick={formatAxisYuan}
        label={`养老保险个人账户逐年累计额柱状图：${first.year}年末 ${formatMoney(first.balanceFen)}，${last.year}年末 ${formatMoney(last.balanceFen)}，逐年明细见下表`}
      />
    </View>
  )
}

const COLUMNS = ['当年缴纳', '利息', '年末累计'] as const

/**
 * The numbers of the chart, a row per year: the year, then each amount on its own line under its name
 * (three amounts side by side overlapped at 320 px in large-text mode). Screen readers get a table with
 * column headers; the names repeated in the cells are hidden from them.
 */
function PensionTable({ years }: { years: Pension['years'] }) {
  return (
    <View className="block data-table" role="table" ariaLabel="养老保险个人账户逐年明细">
      {/* The head row is for screen readers; on screen each amount carries its name. */}
      <View className="data-table__row visually-hidden" role="row">
        {['年份', ...COLUMNS].map((head) => (
          <View key={head} className="data-table__cell" role="columnheader">
            {head}
          </View>
        ))}
      </View>
      {[...years].reverse().map((y) => (
        <View key={y.year} className="data-table__row" role="row">
          <View className="data-table__cell" role="rowheader">
            {y.year}年
          </View>
          {[y.contributedFen, y.interestFen, y.balanceFen].map((fen, i) => (
            <View key={COLUMNS[i]} className="data-table__cell" role="cell">
              <Text className="data-table__name" aria-hidden>
                {COLUMNS[i]}
              </Text>
              <Text>{formatMoney(fen)}</Text>
            </View>
          ))}
        </View>
      ))}
    </View>
  )
}

/** 养老保险个人账户: the total, its growth year by year as a chart, and the same numbers as a table. */
export default function PensionAccount() {
  return (
    <RecordsScreen page="/records/pension/index">
      <PensionAccountView />
    </RecordsScreen>
  )
}

function PensionAccountView() {
  const { input } = useActingFor()
  const pension = useRequest('pension', input)
  usePullRefresh(pension.reload)

  return (
    <>
      <View className="page-title">养老保险个人账户</View>
      <View className="hint">养老保险个人账户记着个人缴纳的养老保险费和每年的利息，退休时用来计算个人账户养老金。</View>
      <RecordsView state={pension} onRetry={pension.reload} empty="暂无养老保险个人账户记录" isEmpty={(data) => !data.years.length}>
        {(data) => (
          <>
            <View className="block balance" role="group" ariaLabel={`个人账户累计 ${formatMoney(data.totalFen)}`}>
              <View className="balance__label">个人账户累计</View>
              <View className="balance__amount">{formatMoney(data.totalFen)}</View>
              <View className="hint balance__note">
                {data.years[0].year}年起，共 {data.years.length} 年
              </View>
            </View>
            <PensionChart years={data.years} />
            <PensionTable years={data.years} />
          </>
        )}
      </RecordsView>
    </>
  )
}
