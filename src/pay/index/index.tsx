/**
 * 城乡居民医保缴费: this insurance year's collection period, the household the gateway lists with each person's
 * standing, amount and the government subsidy (shown apart, not paid by the resident); choose one or several
 * people and make one order, or resume or cancel the order already waiting. Only people 待缴 can be chosen, so
 * nobody is paid for twice (the gateway refuses it too).
 */
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { ServiceGate } from '@/city/ServiceGate'
import { useRequest, useSubmit } from '@/gateway/hooks'
import { ActingFor } from '@/identity/ActingFor'
import { useActingFor } from '@/identity/acting'
import { CardGate } from '@/identity/card'
import { RequestView } from '@/identity/RequestView'
import { formatDate, formatMoney } from '@/lib/format'
import { Alert } from '@/ui/Alert'
import { Button } from '@/ui/Button'
import { focusable } from '@/ui/focusable'
import { NavCell } from '@/ui/NavCell'
import { Num } from '@/ui/Num'
import { Screen } from '@/ui/Screen'
import type { Payables, PayablePerson } from '../api'
import { HISTORY_URL, PAY_HOME, STATUS_LABELS, insuranceYear, orderUrl, usePersonName } from '../labels'
import { OrderPeople } from '../components/OrderPeople'
import '../api'
import '../pay.css'

export default function PayPage() {
  return (
    <Screen className="pay-page">
      <ActingFor page={PAY_HOME} verb="缴费">
        <View className="page-title">城乡居民医保缴费</View>
        <View className="hint">城乡居民医保每年在缴费期内缴纳下一年度的费用。可以为自己和家人一起缴，政府补助的部分不用您缴纳。</View>
        <ServiceGate serviceId="resident-medical-pay">
          <CardGate>{() => <PayablesView />}</CardGate>
        </ServiceGate>
      </ActingFor>
    </Screen>
  )
}

function PayablesView() {
  const payables = useRequest('payables', useActingFor().input)
  return (
    <RequestView state={payables} onRetry={() => void payables.reload()} loadingLabel="正在查询缴费信息">
      {(data) => <Choose payables={data} />}
    </RequestView>
  )
}

/** The period as the gateway says: open, or closed — the phone's date only picks the words (not yet open, or over). */
function CollectionWindow({ year, window }: Pick<Payables, 'year' | 'window'>) {
  const notYet = !window.open && window.opensOn > new Date().toISOString().slice(0, 10)
  return (
    <View className="block pay-window" role="region" ariaLabel="缴费期">
      <View className="pay-window__title">{insuranceYear(year)}城乡居民基本医疗保险</View>
      <View className="pay-line">
        缴费期：{formatDate(window.opensOn)} 至 {formatDate(window.closesOn)}
      </View>
      {window.open ? null : (
        <View className="pay-line pay-window__closed" role="note">
          {notYet ? `缴费期尚未开始，${formatDate(window.opensOn)}起可以缴费。` : '本年度缴费期已结束，暂不能缴费。'}
        </View>
      )}
    </View>
  )
}

function PersonRow({ person, note, chosen, enabled, onToggle }: { person: PayablePerson; note: string; chosen: boolean; enabled: boolean; onToggle(): void }) {
  const personName = usePersonName()
  return (
    <View
      className={`weui-cell pay-person${enabled ? '' : ' pay-person--off'}`}
      role="checkbox"
      {...focusable}
      aria-checked={chosen}
      aria-disabled={!enabled}
      ariaLabel={`${personName(person)}，${note}${enabled ? `，个人缴费 ${formatMoney(person.amountFen)}` : ''}`}
      onClick={() => enabled && onToggle()}
    >
      <View className="weui-cell__hd">
        <View className={`pay-check${chosen ? ' pay-check--on' : ''}`} />
      </View>
      <View className="weui-cell__bd">
        <View>{personName(person)}</View>
        <View className="pay-line pay-line--muted">
          <Num>{person.idNumberMasked}</Num>
        </View>
        {person.status === 'due' ? (
          <View className="pay-line pay-line--muted">
            个人缴费 <Num>{formatMoney(person.amountFen)}</Num>，政府补助 <Num>{formatMoney(person.subsidyFen)}</Num>（无需您缴纳）
          </View>
        ) : null}
      </View>
      <View className={`weui-cell__ft pay-status pay-status--${person.status}`}>{note}</View>
    </View>
  )
}

function Choose({ payables }: { payables: Payables }) {
  const { year, window, people, openOrder } = payables
  const { input, onBehalfOf, forPerson } = useActingFor()
  const [chosenIds, setChosenIds] = useState<readonly string[]>([])
  const create = useSubmit('payOrderCreate', { invalidates: ['payables'] })
  const cancel = useSubmit('payOrderCancel', { invalidates: ['payables'] })
  const waiting = new Set(openOrder?.people.map((person) => person.personId))
  const payable = (person: PayablePerson) => window.open && person.status === 'due' && !waiting.has(person.personId)
  const chosen = people.filter((person) => payable(person) && chosenIds.includes(person.personId))
  const totalFen = chosen.reduce((sum, person) => sum + person.amountFen, 0)
  const toggle = (personId: string) => setChosenIds((ids) => (ids.includes(personId) ? ids.filter((id) => id !== personId) : [...ids, personId]))

  async function pay() {
    const order = await create.submit({ ...input, year, personIds: chosen.map((person) => person.personId) })
    if (!order) return
    setChosenIds([])
    void Taro.navigateTo({ url: orderUrl(order.orderId, onBehalfOf) })
  }

  return (
    <View>
      <CollectionWindow year={year} window={window} />
      {openOrder ? (
        <View className="block pay-open-order" role="region" ariaLabel="待支付订单">
          <View className="pay-window__title">您有一笔待支付的订单</View>
          <OrderPeople people={openOrder.people} totalFen={openOrder.totalFen} />
          <Alert message={cancel.error?.message} />
          <View className="pay-row-actions">
            <Button className="weui-btn weui-btn_primary weui-btn_mini" onClick={() => void Taro.navigateTo({ url: orderUrl(openOrder.orderId, onBehalfOf) })}>
              继续支付
            </Button>
            <Button
              className="weui-btn weui-btn_default weui-btn_mini"
              loading={cancel.pending}
              disabled={cancel.pending}
              onClick={() => void cancel.submit({ ...input, orderId: openOrder.orderId })}
            >
              取消订单
            </Button>
          </View>
        </View>
      ) : null}
      <View className="section-title">选择缴费人员</View>
      <View className="weui-cells" role="group" ariaLabel="缴费人员">
        {people.map((person) => (
          <PersonRow
            key={person.personId}
            person={person}
            note={waiting.has(person.personId) ? '待支付' : STATUS_LABELS[person.status]}
            chosen={chosenIds.includes(person.personId) && payable(person)}
            enabled={payable(person)}
            onToggle={() => toggle(person.personId)}
          />
        ))}
      </View>
      <View className="hint">家庭成员以社保经办机构登记的为准。已缴费、由单位缴纳或不在参保范围的人员不能选择。</View>
      <View className="block pay-total" role="status">
        <Text>合计（{chosen.length} 人）</Text>
        <Num className="pay-total__amount">{formatMoney(totalFen)}</Num>
      </View>
      <Alert message={create.error?.message} />
      <View className="actions">
        <Button className="weui-btn weui-btn_primary" loading={create.pending} disabled={!chosen.length || create.pending} onClick={() => void pay()}>
          去支付
        </Button>
      </View>
      <View className="weui-cells">
        <NavCell title="缴费记录与凭证" url={forPerson(HISTORY_URL)} />
      </View>
    </View>
  )
}
