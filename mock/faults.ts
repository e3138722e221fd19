/** Faults a tester can switch on, for every endpoint or one. README lists them. */
export const FAULTS = {
  none: '无故障',
  'server-error': '服务器错误（HTTP 500）',
  timeout: '请求超时（不应答）',
  offline: '网络断开',
  malformed: '响应体损坏（非 JSON）',
  'session-expired': '会话过期（之前的登录全部失效，重新登录后恢复）',
  'rate-limited': '限流（HTTP 429，Retry-After 3 秒）',
  'contract-violation': '响应不符合契约（字段缺失）',
} as const

/** A tester's choice (panel picker, URL value): its ids in the labels' order, and whether a text is one of them. */
function choices<Id extends string>(labels: Record<Id, string>) {
  return {
    ids: Object.keys(labels) as Id[],
    is: (value: string): value is Id => Object.prototype.hasOwnProperty.call(labels, value),
  }
}

export type FaultId = keyof typeof FAULTS

const faults = choices(FAULTS)
export const FAULT_IDS = faults.ids
export const isFaultId = faults.is

/**
 * How the platform's payment of a 居民医保 order ends in the mock (tester panel 模拟缴费, H5 `?pay=`): paid; the
 * resident cancels; the platform refuses; paid on the gateway but the platform's callback never came (the app's
 * poll finds it); the order expired before it was paid; the collection period closed while the resident was
 * choosing (the order is refused, an unpaid one closes).
 */
export const PAYMENT_SIMULATIONS = {
  success: '支付成功',
  cancel: '用户取消支付',
  fail: '支付失败',
  lost: '已扣款，支付回调丢失',
  expired: '订单超时关闭',
  'window-closed': '缴费期中途关闭',
} as const

export type PaymentSimulation = keyof typeof PAYMENT_SIMULATIONS

const paymentSimulations = choices(PAYMENT_SIMULATIONS)
export const PAYMENT_SIMULATION_IDS = paymentSimulations.ids
export const isPaymentSimulation = paymentSimulations.is
