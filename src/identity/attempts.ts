import type { GatewayError } from '@/gateway/errors'

/** The one wording of the attempts left, everywhere (issue 22: it appeared three ways). */
export const attemptsLeftText = (left: number): string => `还可以输入 ${left} 次`

/** A wrong password or PIN message with the attempts the gateway says are left. */
export function attemptsMessage(error: GatewayError | null): string | null {
  if (!error) return null
  const left = error.details.attemptsLeft
  return left === undefined ? error.message : `${error.message}，${attemptsLeftText(left)}`
}
