/**
 * One order: pay it with the platform's payment (WeChat, Alipay, the H5 cashier) or, for level-2 holders, from
 * the card's bank account with the e-card password; then ask the gateway until it says paid or closed — what
 * the platform answered is never taken alone (a payment whose callback was lost is found this way) — and show
 * the receipt. An unpaid order can be paid again or cancelled; the H5 cashier sends the resident back here.
 */
import { View } from '@tarojs/components'
import { useEffect, useRef, useState } from 'react'
import * as v from 'valibot'
import { ServiceGate } from '@/city/ServiceGate'
import type { GatewayError } from '@/gateway/errors'
import { invalidate, request, useRequest, useSubmit } from '@/gateway/hooks'
import { pathParam, type PlatformPayment } from '@/gateway/schema'
import { ActingFor } from '@/identity/ActingFor'
import { useActingFor } from '@/identity/acting'
import { useCardStatus } from '@/identity/cardStatus'
import { ErrorView } from '@/identity/RequestView'
import { usePasswordPrompt } from '@/identity/usePasswordPrompt'
import { formatMoney } from '@/lib/format'
import { personLabel } from '@/lib/relation'
import { pageParam } from '@/platform'
import { payWithPlatform, type PaymentOutcome } from '@/platform/payment'
import { Alert } from '@/ui/Alert'
import { Button } from '@/ui/Button'
import { RESET_URL } from '@/ui/CardProblem'
import { Keypad } from '@/ui/Keypad'
import { LinkButton } from '@/ui/Links'
import { Result } from '@/ui/Result'
import { Screen } from '@/ui/Screen'
import { EmptyView, LoadingView } from '@/ui/states'
import type { PayOrder } from '../api'
import { OrderPeople } from '../components/OrderPeople'
import { Receipt } from '../components/Receipt'
import { PAY_HOME, formatInstant, insuranceYear } from '../labels'
import { backToPayables } from '../navigation'
import '../api'
import '../pay.css'

/** The gateway is asked once a second, this many times, before the page says the result is still being confirmed. */
const POLL_INTERVAL_MS = 1000
const POLL_TRIES = 8

type Stage =
  /** Unpaid: the ways to pay; after a payment that did not go through, why. */
  { name: 'ready'; outcome?: 'cancel' | 'fail' } | { name: 'paying' } | { name: 'card' } | { name: 'confirming' } | { name: 'unconfirmed' }

const PLATFORM_PAY_LABELS: Record<PlatformPayment['kind'], string> = { wechat: '微信支付', alipay: '支付宝支付', cashier: '前往收银台支付', none: '' }

const CLOSED_TITLES: Record<NonNullable<PayOrder['closedBy']>, string> = {
  resident: '订单已取消',
  timeout: '订单已超时关闭',
  window: '缴费期已结束，订单已关闭',
}

export default function OrderPage() {
  const orderId = pageParam('order')
  return (
    <Screen className="pay-page">
      {/* Another person's orders are on their payable list: the switcher opens it. */}
      <ActingFor page={PAY_HOME} verb="缴费">
        <View className="page-title">医保缴费订单</View>
        <View className="hint">缴费结果以人社部门的记录为准。支付后请稍等本页显示结果，不要重复支付。</View>
        <ServiceGate serviceId="resident-medical-pay">
          {orderId && v.is(pathParam, orderId) ? <Order orderId={orderId} /> : <EmptyView title="没有找到这笔订单" />}
        </ServiceGate>
      </ActingFor>
    </Screen>
  )
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

function Order({ orderId }: { orderId: string }) {
  const { input } = useActingFor()
  const [order, setOrder] = useState<PayOrder | null>(null)
  const [loadError, setLoadError] = useState<GatewayError | null>(null)
  const [stage, setStage] = useState<Stage>({ name: 'ready' })
  /** Paid on this page (not an earlier payment opened from the history): the page says so above the receipt. */
  const [paidHere, setPaidHere] = useState(false)
  const shown = useRef(true)
  const busy = useRef(false)

  /** Asks the gateway until it settles the order; `outcome` is what the platform said (null: nothing was paid here). */
  async function confirm(outcome: PaymentOutcome | null) {
    setStage({ name: 'confirming' })
    for (let attempt = 0; attempt < POLL_TRIES && shown.current; attempt++) {
      if (attempt) await wait(POLL_INTERVAL_MS)
      const latest = await request('payOrder', { ...input, orderId }).catch(() => null)
      if (!latest || !shown.current) continue
      setOrder(latest)
      if (latest.status === 'paid' || latest.status === 'closed') {
        setPaidHere(latest.status === 'paid')
        invalidate('payables')
        invalidate('payHistory')
        return setStage({ name: 'ready' })
      }
      // Unpaid after a cancel or a refusal: the platform was right. After a success the gateway may not have heard yet.
      if (latest.status === 'unpaid' && outcome !== 'success')
        return setStage({ name: 'ready', outcome: outcome === 'cancel' ? 'cancel' : outcome ? 'fail' : undefined })
    }
    setStage({ name: 'unconfirmed' })
  }

  async function load() {
    setLoadError(null)
    try {
      const loaded = await request('payOrder', { ...input, orderId })
      setOrder(loaded)
      if (loaded.status === 'paying') await confirm(null)
    } catch (caught) {
      setLoadError(caught as GatewayError) // request() throws only GatewayErrors
    }
  }

  useEffect(() => {
    shown.current = true
    void load()
    return () => void (shown.current = false)
    // Loaded once per order; the page's own steps ask again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [orderId])

  async function payOnPlatform(payment: PlatformPayment) {
    // A second tap while the platform's payment is open does nothing.
    if (busy.current) return
    busy.current = true
    setStage({ name: 'paying' })
    try {
      const outcome = await payWithPlatform(payment)
      // The H5 cashier is opening in this tab: it sends the resident back to this page.
      if (outcome !== 'cashier') await confirm(outcome)
    } finally {
      busy.current = false
    }
  }

  if (loadError) return <ErrorView error={loadError} onRetry={() => void load()} />
  if (!order) return <LoadingView label="正在查询订单" />
  if (order.status === 'paid') return <Paid orderId={orderId} paidHere={paidHere} />
  if (order.status === 'closed') return <Closed order={order} />
  if (stage.name === 'confirming' || stage.name === 'paying' || order.status === 'paying')
    return <LoadingView label={stage.name === 'paying' ? '正在支付' : '正在确认支付结果'} />
  if (stage.name === 'unconfirmed')
    return (
      <Result
        kind="warn"
        title="支付结果确认中"
        actions={
          <Button className="weui-btn weui-btn_primary" onClick={() => void confirm(null)}>
            刷新结果
          </Button>
        }
      >
        <View className="weui-msg__desc">暂未收到支付结果。如已扣款，请勿重复支付，稍后刷新或在缴费记录中查看。</View>
      </Result>
    )
  return (
    <Unpaid
      order={order}
      outcome={stage.name === 'ready' ? stage.outcome : undefined}
      card={stage.name === 'card'}
      onPlatform={(payment) => void payOnPlatform(payment)}
      onCard={(open) => setStage(open ? { name: 'card' } : { name: 'ready' })}
      onChanged={(changed) => {
        setPaidHere(changed.status === 'paid')
        setOrder(changed)
      }}
    />
  )
}

function Unpaid({
  order,
  outcome,
  card,
  onPlatform,
  onCard,
  onChanged,
}: {
  order: PayOrder
  outcome?: 'cancel' | 'fail'
  card: boolean
  onPlatform(payment: PlatformPayment): void
  onCard(open: boolean): void
  onChanged(order: PayOrder): void
}) {
  // The resident's own card, also when paying for a relative: the resident pays.
  const holder = useCardStatus()
  const { input } = useActingFor()
  const cancel = useSubmit('payOrderCancel', { invalidates: ['payables'] })
  const payment = order.payment ?? { kind: 'none' }
  const level2 = holder.data?.status === 'level2'

  async function cancelOrder() {
    const closed = await cancel.submit({ ...input, orderId: order.orderId })
    if (closed) onChanged(closed)
  }

  return (
    <View>
      {outcome ? (
        <View className="block pay-note" role="alert">
          {outcome === 'cancel' ? '您已取消支付，未扣款。' : '支付没有完成，未扣款。'}订单保留到 {formatInstant(order.expiresAt)}，可以继续支付或取消订单。
        </View>
      ) : null}
      <View className="block" role="region" ariaLabel="订单">
        <View className="pay-window__title">{insuranceYear(order.year)}居民医保缴费</View>
        <OrderPeople people={order.people} totalFen={order.totalFen} />
        <View className="pay-line pay-line--muted">请在 {formatInstant(order.expiresAt)} 前支付，逾期订单自动关闭。</View>
      </View>
      {card ? (
        <CardPayment orderId={order.orderId} onPaid={onChanged} onClose={() => onCard(false)} />
      ) : (
        <View className="actions">
          {payment.kind === 'none' ? (
            <PayElsewhere />
          ) : (
            <Button className="weui-btn weui-btn_primary" onClick={() => onPlatform(payment)}>
              {`${PLATFORM_PAY_LABELS[payment.kind]} ${formatMoney(order.totalFen)}`}
            </Button>
          )}
          {level2 ? (
            <Button className="weui-btn weui-btn_default" onClick={() => onCard(true)}>
              用社保卡银行账户支付
            </Button>
          ) : null}
          <Alert message={cancel.error?.message} />
          <Button className="weui-btn weui-btn_default" loading={cancel.pending} disabled={cancel.pending} onClick={() => void cancelOrder()}>
            取消订单
          </Button>
        </View>
      )}
    </View>
  )
}

/** H5 without the gateway's cashier: where the city takes the payment instead. */
function PayElsewhere() {
  const payables = useRequest('payables', useActingFor().input)
  return (
    <View className="block pay-note" role="note">
      <View>网页版暂不能在线缴费，请在微信或支付宝中缴费：</View>
      {payables.data?.elsewhere.map((place) => (
        <View key={place} className="pay-line">
          · {place}
        </View>
      ))}
    </View>
  )
}

/** Level 2: from the social-security card's bank account, confirmed with the e-card password. */
function CardPayment({ orderId, onPaid, onClose }: { orderId: string; onPaid(order: PayOrder): void; onClose(): void }) {
  const prompt = usePasswordPrompt('payByCard', { invalidates: ['payables', 'payHistory'] })
  // Paying for a relative, the resident's own password (say whose, or a grandchild types the parent's).
  const { input, onBehalfOf, relative } = useActingFor()

  async function pay(password: string) {
    const paid = await prompt.submit({ ...input, orderId, password })
    if (paid) onPaid(paid)
  }

  if (prompt.locked)
    return (
      <View className="actions">
        <Alert message={prompt.message} />
        <LinkButton url={RESET_URL} primary>
          重置电子社保卡密码
        </LinkButton>
      </View>
    )
  return (
    <View>
      <View className="hint">
        {relative
          ? `为${personLabel(relative)}缴费，将从您本人的社保卡银行账户扣款，请输入您本人的电子社保卡密码确认。`
          : '将从您的社保卡银行账户扣款，请输入电子社保卡密码确认。'}
      </View>
      <Keypad
        label={`请输入${onBehalfOf ? '您本人的' : ''}电子社保卡密码`}
        {...prompt.digits}
        error={prompt.message}
        busy={prompt.pending ? '正在支付' : null}
        onComplete={(value) => void pay(value)}
      />
      <View className="actions">
        <Button className="weui-btn weui-btn_default" disabled={prompt.pending} onClick={onClose}>
          换其他方式支付
        </Button>
      </View>
    </View>
  )
}

function Closed({ order }: { order: PayOrder }) {
  const { forPerson } = useActingFor()
  return (
    <Result
      kind="warn"
      title={CLOSED_TITLES[order.closedBy ?? 'timeout']}
      actions={
        <Button className="weui-btn weui-btn_primary" onClick={() => backToPayables(forPerson(PAY_HOME))}>
          返回缴费页
        </Button>
      }
    >
      <View className="weui-msg__desc">这笔订单没有扣款。{order.closedBy === 'window' ? '' : '如需缴费，请重新选择缴费人员。'}</View>
    </Result>
  )
}

function Paid({ orderId, paidHere }: { orderId: string; paidHere: boolean }) {
  const receipt = useRequest('payReceipt', { ...useActingFor().input, orderId })
  return (
    <View className="pay-paid">
      {paidHere ? (
        <Result kind="success" title="缴费成功">
          <View className="weui-msg__desc">医保缴费已到账，参保人本年度状态为「已缴」。</View>
        </Result>
      ) : null}
      {receipt.data ? (
        <Receipt receipt={receipt.data} />
      ) : receipt.error ? (
        <ErrorView error={receipt.error} onRetry={() => void receipt.reload()} />
      ) : (
        <LoadingView label="正在生成缴费凭证" />
      )}
    </View>
  )
}
