/**
 * The mock's 城乡居民医保缴费: the payable list, orders (create, status, cancel, pay from the card's bank account),
 * receipts and history; and `settlePayment`, the payment platform's part, which ends a platform payment as the
 * tester chose (controls.payment) — mock/entry.ts answers the app's platform payment with it, the host tests too.
 * Acting for a relative (`onBehalfOf`), the household, the card and the orders are the relative's; the resident
 * (`holder`) pays, and a payment from the card's bank account is from the resident's own card, with their password.
 */
import type { PlatformPayment } from '@/gateway/schema'
import { maskIdNumber, maskName } from '@/lib/mask'
import type { PayOrder, payEndpoints } from '@/pay/api'
// The slice ships with its sub-package: importing it adds its endpoints to the contract the mock answers by.
import '@/pay/api'
import { DISABLED_SERVICES } from '../data/cities'
import { ELSEWHERE, H5_CASHIER_CITIES, SHARE_FEN, SUBSIDY_FEN, collectionWindow, household, type HouseholdMember } from '../data/pay'
import type { Persona } from '../data/personas'
import { hashSecret, nextId, own, personaOf, type MockState, type PayOrderState } from '../state'
import { checkEcardPassword, fail, requireUsableCard, type HandlersOf } from './common'

/** The catalogue's id of the service (mock/data/cities.ts). */
export const PAY_SERVICE_ID = 'resident-medical-pay'
const ORDER_TTL_MS = 30 * 60_000
/** How many status answers still say `paying` after a payment whose callback was lost. */
const LOST_CALLBACK_POLLS = 2
const WECHAT_PREPAY = 'prepay_id=wx'
const ALIPAY_TRADE = 'ali'
const CASHIER = 'https://cashier.esscard.example/pay?order='

function requirePayService(state: MockState, persona: Persona): void {
  requireUsableCard(state)
  if (DISABLED_SERVICES[persona.cityId]?.includes(PAY_SERVICE_ID)) fail('SERVICE_DISABLED')
}

function windowOf(state: MockState, persona: Persona, now: number) {
  const window = collectionWindow(persona, now)
  return { ...window, open: window.open && state.controls.payment !== 'window-closed' }
}

const who = (member: HouseholdMember) => ({
  personId: member.personId,
  relation: member.relation,
  nameMasked: maskName(member.name),
  idNumberMasked: maskIdNumber(member.idNumber),
})

const memberOf = (persona: Persona, personId: string) => household(persona).find((m) => m.personId === personId) ?? fail('NOT_FOUND')

type Orders = Record<string, PayOrderState>

/** The orders for whom a request is: the resident's own, or a relative's. */
const ordersOf = (state: MockState, onBehalfOf: string | undefined): Orders => ((state.payOrders ??= {})[onBehalfOf ?? 'self'] ??= {})

/** An order as time and the collection period leave it: unpaid past its expiry, or when the period closed, it is closed. */
function currentOrder(state: MockState, orders: Orders, persona: Persona, orderId: string, now: number): PayOrderState {
  const order = own(orders, orderId) ?? fail('NOT_FOUND')
  if (order.status === 'unpaid' && now >= order.expiresAt) Object.assign(order, { status: 'closed', closedBy: 'timeout' })
  if (order.status === 'unpaid' && !windowOf(state, persona, now).open) Object.assign(order, { status: 'closed', closedBy: 'window' })
  return order
}

function paymentFor(order: PayOrderState, orderId: string, persona: Persona, now: number): PlatformPayment {
  if (order.channel === 'weapp')
    return {
      kind: 'wechat',
      timeStamp: String(Math.floor(now / 1000)),
      nonceStr: hashSecret(`nonce:${orderId}`),
      package: `${WECHAT_PREPAY}${orderId}`,
      signType: 'RSA',
      paySign: hashSecret(`sign:${orderId}`),
    }
  if (order.channel === 'alipay') return { kind: 'alipay', tradeNo: `${ALIPAY_TRADE}${orderId}` }
  if (H5_CASHIER_CITIES.includes(persona.cityId)) return { kind: 'cashier', url: `${CASHIER}${orderId}` }
  return { kind: 'none' }
}

function orderView(state: MockState, orders: Orders, persona: Persona, orderId: string, now: number): PayOrder {
  const order = currentOrder(state, orders, persona, orderId, now)
  return {
    orderId,
    year: order.year,
    status: order.status,
    closedBy: order.closedBy,
    people: order.personIds.map((personId) => ({ ...who(memberOf(persona, personId)), amountFen: SHARE_FEN })),
    totalFen: SHARE_FEN * order.personIds.length,
    expiresAt: order.expiresAt,
    payment: order.status === 'unpaid' ? paymentFor(order, orderId, persona, now) : undefined,
  }
}

const paidOrders = (orders: Orders) => Object.entries(orders).filter(([, order]) => order.status === 'paid')

function statusOf(orders: Orders, member: HouseholdMember, year: number) {
  if (member.standing === 'paid-before') return 'paid'
  if (member.standing !== 'due') return member.standing
  return paidOrders(orders).some(([, order]) => order.year === year && order.personIds.includes(member.personId)) ? 'paid' : 'due'
}

/** Earlier years' payments the gateway knows from elsewhere: the two years before, and this year's for `paid-before`. */
function pastPayments(persona: Persona, now: number) {
  const { year, opensOn } = collectionWindow(persona, now)
  const paidOn = (y: number) => Date.parse(`${y - 1}-${opensOn.slice(5)}T02:00:00Z`) + 9 * 86_400_000
  return household(persona)
    .filter((member) => member.standing === 'due' || member.standing === 'paid-before')
    .flatMap((member) => [...(member.standing === 'paid-before' ? [year] : []), year - 1, year - 2].map((y) => ({ member, year: y, paidAt: paidOn(y) })))
}

const HISTORY_ORDER = /^hist-(\d{4})-(p-[\w]+)$/

/**
 * An earlier payment by its order id in the history (`hist-<year>-<personId>`: any year before this one, for a person
 * who pays here), or undefined for any other id.
 */
function pastPayment(persona: Persona, orderId: string, now: number) {
  const found = HISTORY_ORDER.exec(orderId)
  if (!found) return undefined
  const year = Number(found[1])
  // The member's latest payment comes first.
  const past = pastPayments(persona, now).find((p) => p.member.personId === found[2])
  if (!past || year > past.year) return fail('NOT_FOUND')
  return { ...past, year, paidAt: past.paidAt - (past.year - year) * 365 * 86_400_000 }
}

function verificationCode(orderId: string): string {
  return (hashSecret(`verify:${orderId}`) + hashSecret(`code:${orderId}`)).toUpperCase().slice(0, 12)
}

/**
 * The payment platform's side of a platform payment, ended as the tester chose: paid (or paid with the callback
 * lost, so the app hears `fail` and the first status answers still say `paying`), cancelled, refused, or the
 * order expired. Answers what the platform tells the app.
 */
export function settlePayment(state: MockState, payment: PlatformPayment, now: number): 'success' | 'cancel' | 'fail' | 'unavailable' {
  if (payment.kind === 'none') return 'unavailable'
  const reference = payment.kind === 'wechat' ? payment.package : payment.kind === 'alipay' ? payment.tradeNo : payment.url
  const orderId = reference.replace(payment.kind === 'wechat' ? WECHAT_PREPAY : payment.kind === 'alipay' ? ALIPAY_TRADE : CASHIER, '')
  const order = Object.values(state.payOrders ?? {})
    .map((orders) => own(orders, orderId))
    .find(Boolean)
  if (!order || order.status !== 'unpaid' || now >= order.expiresAt) return 'fail'
  const simulation = state.controls.payment
  if (simulation === 'expired') order.expiresAt = now
  if (simulation === 'cancel') return 'cancel'
  if (simulation !== 'success' && simulation !== 'lost') return 'fail'
  const lost = simulation === 'lost'
  Object.assign(order, { status: 'paid', paidAt: now, paidWith: payment.kind, unconfirmedPolls: lost ? LOST_CALLBACK_POLLS : 0 })
  return lost ? 'fail' : 'success'
}

export const payHandlers: HandlersOf<typeof payEndpoints> = {
  payables: ({ input, state, persona, now }) => {
    requirePayService(state, persona)
    const orders = ordersOf(state, input.onBehalfOf)
    const { year, opensOn, closesOn, open } = windowOf(state, persona, now)
    const openOrderId = Object.keys(orders).find((orderId) => currentOrder(state, orders, persona, orderId, now).status === 'unpaid')
    return {
      year,
      window: { opensOn, closesOn, open },
      people: household(persona).map((member) => ({ ...who(member), status: statusOf(orders, member, year), amountFen: SHARE_FEN, subsidyFen: SUBSIDY_FEN })),
      openOrder: openOrderId ? orderView(state, orders, persona, openOrderId, now) : undefined,
      elsewhere: ELSEWHERE[persona.cityId] ?? [],
    }
  },
  payOrderCreate: ({ input, state, persona, channel, now }) => {
    requirePayService(state, persona)
    const orders = ordersOf(state, input.onBehalfOf)
    const { year, open } = windowOf(state, persona, now)
    if (!open || input.year !== year) fail('PAY_WINDOW_CLOSED')
    const personIds = [...new Set(input.personIds)]
    for (const personId of personIds) {
      const status = statusOf(orders, memberOf(persona, personId), year)
      if (status === 'paid') fail('PAY_ALREADY_PAID')
      if (status !== 'due') fail('BAD_REQUEST')
    }
    for (const orderId of Object.keys(orders)) {
      const order = currentOrder(state, orders, persona, orderId, now)
      if (order.status === 'unpaid' && order.personIds.some((id) => personIds.includes(id))) fail('PAY_ORDER_OPEN')
    }
    const orderId = nextId(state, 'pay')
    orders[orderId] = { year, personIds, status: 'unpaid', channel: channel ?? 'h5', expiresAt: now + ORDER_TTL_MS, unconfirmedPolls: 0 }
    return orderView(state, orders, persona, orderId, now)
  },
  payOrder: ({ input, state, persona, now }) => {
    const past = pastPayment(persona, input.orderId, now)
    if (past) {
      const people = [{ ...who(past.member), amountFen: SHARE_FEN }]
      return { orderId: input.orderId, year: past.year, status: 'paid', people, totalFen: SHARE_FEN, expiresAt: past.paidAt }
    }
    const orders = ordersOf(state, input.onBehalfOf)
    const view = orderView(state, orders, persona, input.orderId, now)
    const order = currentOrder(state, orders, persona, input.orderId, now)
    if (order.unconfirmedPolls === 0) return view
    order.unconfirmedPolls -= 1
    return { ...view, status: 'paying' }
  },
  payOrderCancel: ({ input, state, persona, now }) => {
    const orders = ordersOf(state, input.onBehalfOf)
    const order = currentOrder(state, orders, persona, input.orderId, now)
    if (order.status === 'paid' || order.status === 'paying') fail('PAY_ALREADY_PAID')
    if (order.status === 'closed') fail('ORDER_CLOSED')
    Object.assign(order, { status: 'closed', closedBy: 'resident' })
    return orderView(state, orders, persona, input.orderId, now)
  },
  // The resident pays from their own card's bank account, with their own password, whoever the order is for.
  payByCard: ({ input, state, persona, holder, now }) => {
    requirePayService(state, persona)
    if (holder.card.status !== 'level2') fail('NOT_LEVEL_2')
    const orders = ordersOf(state, input.onBehalfOf)
    const order = currentOrder(state, orders, persona, input.orderId, now)
    if (order.status === 'paid') fail('PAY_ALREADY_PAID')
    if (order.status === 'closed') fail('ORDER_CLOSED')
    checkEcardPassword(holder, input.password)
    Object.assign(order, { status: 'paid', paidAt: now, paidWith: 'bank-account', unconfirmedPolls: 0 })
    return orderView(state, orders, persona, input.orderId, now)
  },
  // An earlier payment was made by the household's own head; an order paid here, by the resident signed in.
  payReceipt: ({ input, state, persona, holder, now }) => {
    const base = { orderId: input.orderId, verificationCode: verificationCode(input.orderId) }
    const past = pastPayment(persona, input.orderId, now)
    if (past) {
      const people = [{ ...who(past.member), amountFen: SHARE_FEN }]
      return { ...base, payerMasked: maskName(persona.name), year: past.year, people, totalFen: SHARE_FEN, paidAt: past.paidAt, paidWith: 'wechat' }
    }
    const orders = ordersOf(state, input.onBehalfOf)
    const order = currentOrder(state, orders, persona, input.orderId, now)
    if (order.status !== 'paid' || order.paidAt === undefined || order.paidWith === undefined) return fail('NOT_FOUND')
    const { people, totalFen, year } = orderView(state, orders, persona, input.orderId, now)
    const payerMasked = maskName(personaOf(holder.controls.personaId).name)
    return { ...base, payerMasked, year, people, totalFen, paidAt: order.paidAt, paidWith: order.paidWith }
  },
  payHistory: ({ input, state, persona, now }) => {
    requireUsableCard(state)
    const fromOrders = paidOrders(ordersOf(state, input.onBehalfOf)).flatMap(([orderId, order]) =>
      order.personIds.map((personId) => ({
        ...who(memberOf(persona, personId)),
        year: order.year,
        amountFen: SHARE_FEN,
        paidAt: order.paidAt ?? now,
        orderId,
      })),
    )
    const earlier = pastPayments(persona, now).map(({ member, year, paidAt }) => ({
      ...who(member),
      year,
      amountFen: SHARE_FEN,
      paidAt,
      orderId: `hist-${year}-${member.personId}`,
    }))
    return [...fromOrders, ...earlier].sort((a, b) => b.year - a.year || b.paidAt - a.paidAt)
  },
}
