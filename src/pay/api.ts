/**
 * The pay slice of the contract: 城乡居民医保缴费 for oneself and the household the gateway lists. An order is
 * paid with the platform's payment (its `payment`, handed to src/platform/payment.ts) or, for level-2 holders,
 * from the card's bank account with the e-card password; only the order's status, asked of the gateway, says
 * it is paid. Each endpoint acts for a relative with `onBehalfOf` (亲情服务: their household, their orders; the
 * resident still pays, from their own card's bank account with their own password). The slice ships with the
 * sub-package (gateway/contract.ts, `addSlice`).
 */
import * as v from 'valibot'
import { addSlice } from '@/gateway/contract'
import { passwordSchema } from '@/lib/fields'
import { date, endpoint, epochMs, fen, forPerson, id, onBehalfOf, pathParam, platformPayment } from '@/gateway/schema'

/** paid 已缴 / due 待缴 / not-insured 不在参保范围 / employer 已由单位缴纳（职工医保）. */
const personStatus = v.picklist(['paid', 'due', 'not-insured', 'employer'])
/** Names and ID numbers arrive masked (张*明, 5301**********003X); `self` is whom the request is for (a relative's own row, `onBehalfOf`). */
const who = { personId: id, relation: v.picklist(['self', 'parent', 'spouse', 'child']), nameMasked: v.string(), idNumberMasked: v.string() }

/** unpaid: waiting for payment; paying: the gateway waits for the payment platform; closed: cancelled or expired. */
const order = v.object({
  orderId: id,
  year: v.number(),
  status: v.picklist(['unpaid', 'paying', 'paid', 'closed']),
  closedBy: v.optional(v.picklist(['resident', 'timeout', 'window'])),
  people: v.array(v.object({ ...who, amountFen: fen })),
  totalFen: fen,
  expiresAt: epochMs,
  /** What the platform pays with while the order is unpaid. */
  payment: v.optional(platformPayment),
})

const byOrder = v.object({ onBehalfOf, orderId: pathParam })
const ORDER_ERRORS = ['NOT_FOUND', 'ORDER_CLOSED', 'RELATIVE_NOT_ON_LIST'] as const
const CARD_ERRORS = ['SERVICE_DISABLED', 'NO_ECARD', 'CARD_LOST', 'CARD_CANCELLED', 'RELATIVE_NOT_ON_LIST'] as const

export const payEndpoints = {
  payables: endpoint({
    method: 'GET',
    path: '/pay/payables',
    summary: '本年度居民医保：缴费期、每人应缴与财政补助、家庭成员缴费状态',
    auth: true,
    request: forPerson,
    response: v.object({
      year: v.number(),
      /** The collection period; `open` is the gateway's word (the phone's clock is not trusted). */
      window: v.object({ opensOn: date, closesOn: date, open: v.boolean() }),
      people: v.array(v.object({ ...who, status: personStatus, amountFen: fen, subsidyFen: fen })),
      /** An order waiting for payment: resumed or cancelled before another is made. */
      openOrder: v.optional(order),
      /** Where else the city takes the payment (H5 without a cashier names them). */
      elsewhere: v.array(v.string()),
    }),
    errors: CARD_ERRORS,
  }),
  payOrderCreate: endpoint({
    method: 'POST',
    path: '/pay/orders',
    summary: '为所选人员下单（幂等；已缴或已在待支付订单中的人员拒绝）',
    auth: true,
    idempotent: true,
    request: v.object({ onBehalfOf, year: v.number(), personIds: v.pipe(v.array(id), v.minLength(1), v.maxLength(10)) }),
    response: order,
    errors: [...CARD_ERRORS, 'PAY_WINDOW_CLOSED', 'PAY_ALREADY_PAID', 'PAY_ORDER_OPEN', 'NOT_FOUND'],
  }),
  payOrder: endpoint({
    method: 'GET',
    path: '/pay/orders/{orderId}',
    summary: '订单状态（支付后轮询）',
    auth: true,
    request: byOrder,
    response: order,
    errors: ['NOT_FOUND', 'RELATIVE_NOT_ON_LIST'],
  }),
  payOrderCancel: endpoint({
    method: 'POST',
    path: '/pay/orders/{orderId}/cancel',
    summary: '取消未支付的订单',
    auth: true,
    request: byOrder,
    response: order,
    errors: [...ORDER_ERRORS, 'PAY_ALREADY_PAID'],
  }),
  payByCard: endpoint({
    method: 'POST',
    path: '/pay/orders/{orderId}/card',
    summary: '用本人社保卡银行账户支付（本人电子社保卡密码，代亲属缴费亦然）',
    auth: true,
    idempotent: true,
    request: v.object({ onBehalfOf, orderId: pathParam, password: passwordSchema }),
    response: order,
    errors: [...CARD_ERRORS, ...ORDER_ERRORS, 'NOT_LEVEL_2', 'PASSWORD_WRONG', 'PASSWORD_LOCKED', 'PAY_ALREADY_PAID'],
  }),
  payReceipt: endpoint({
    method: 'GET',
    path: '/pay/orders/{orderId}/receipt',
    summary: '缴费凭证（含验证码）',
    auth: true,
    request: byOrder,
    response: v.object({
      orderId: id,
      year: v.number(),
      /** Who paid: the resident signed in, also when paying for a relative (`onBehalfOf`, the insured person). */
      payerMasked: v.string(),
      people: v.array(v.object({ ...who, amountFen: fen })),
      totalFen: fen,
      paidAt: epochMs,
      paidWith: v.picklist(['wechat', 'alipay', 'cashier', 'bank-account']),
      /** Checked at 12333 or the city's site to prove the receipt. */
      verificationCode: v.pipe(v.string(), v.regex(/^[A-Z0-9]{12}$/)),
    }),
    errors: ['NOT_FOUND', 'RELATIVE_NOT_ON_LIST'],
  }),
  payHistory: endpoint({
    method: 'GET',
    path: '/pay/history',
    summary: '缴费记录（每人每年）',
    auth: true,
    request: forPerson,
    response: v.array(v.object({ ...who, year: v.number(), amountFen: fen, paidAt: epochMs, orderId: id })),
    errors: CARD_ERRORS,
  }),
} as const

// The pages of the pay sub-package import this file, so its endpoints join the contract when the sub-package loads.
addSlice(payEndpoints)

export type Payables = v.InferOutput<(typeof payEndpoints)['payables']['response']>
export type PayablePerson = Payables['people'][number]
export type PayOrder = v.InferOutput<typeof order>
export type PayReceipt = v.InferOutput<(typeof payEndpoints)['payReceipt']['response']>
export type PayHistoryRow = v.InferOutput<(typeof payEndpoints)['payHistory']['response']>[number]
