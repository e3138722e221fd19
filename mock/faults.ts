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

export type FaultId = keyof typeof FAULTS

export const FAULT_IDS = Object.keys(FAULTS) as FaultId[]

export function isFaultId(value: string): value is FaultId {
  return Object.prototype.hasOwnProperty.call(FAULTS, value)
}
