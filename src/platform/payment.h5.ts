/**
 * H5 has no platform payment: an order pays on the gateway's web cashier, opened in this tab only when its address
 * is on the allow-list (the cashier sends the resident back to the app, whose page asks the gateway for the order's
 * status); without a cashier the page says where to pay instead ('unavailable').
 */
import { CASHIER_URL_PATTERN, type PlatformPayment } from '@/gateway/schema'
import { EXTERNAL_URL_MAX } from '@/lib/externalUrl'
import { tester } from '@/ui/tester'
import { leaveForWebsite } from './index'
import type { PaymentOutcome } from './payment'

export type { PaymentOutcome } from './payment'

export async function payWithPlatform(payment: PlatformPayment): Promise<PaymentOutcome> {
  // Builds with the mock gateway simulate the payment (mock/entry.ts, `?pay=`); production leaves this empty.
  if (tester.payment) return tester.payment(payment)
  if (payment.kind === 'none') return 'unavailable'
  if (payment.kind !== 'cashier' || payment.url.length > EXTERNAL_URL_MAX || !CASHIER_URL_PATTERN.test(payment.url)) return 'fail'
  await leaveForWebsite(payment.url)
  return 'cashier'
}
