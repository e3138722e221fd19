/**
 * Paying an order with the platform's own payment: WeChat's `requestPayment`, Alipay's `my.tradePay` (H5:
 * payment.h5.ts). A file of its own, so only the sub-packages that take payments bundle it. The answer is what
 * the platform said, which a page never trusts alone: it asks the gateway for the order's status.
 */
import type { PlatformPayment } from '@/gateway/schema'
import { tester } from '@/ui/tester'

/**
 * success / cancel (the resident closed the payment) / fail (refused, or an answer without a result);
 * H5 only: 'cashier' (the page is leaving for the gateway's cashier) and 'unavailable' (no way to pay here).
 */
export type PaymentOutcome = 'success' | 'cancel' | 'fail' | 'cashier' | 'unavailable'

/** Alipay's result codes: 9000 paid, 6001 the resident cancelled; any other (8000 processing, 6004 unknown…) is left to the order's status. */
const ALIPAY_PAID = '9000'
const ALIPAY_CANCELLED = '6001'

export function payWithPlatform(payment: PlatformPayment): Promise<PaymentOutcome> {
  // Builds with the mock gateway simulate the platform's answer (mock/entry.ts); production leaves this empty.
  if (tester.payment) return tester.payment(payment)
  return new Promise((resolve) => {
    if (process.env.TARO_ENV === 'weapp' && payment.kind === 'wechat') {
      const { timeStamp, nonceStr, signType, paySign } = payment
      wx.requestPayment({
        timeStamp,
        nonceStr,
        package: payment.package,
        signType,
        paySign,
        success: () => resolve('success'),
        fail: ({ errMsg }) => resolve(/:fail cancel/.test(errMsg) ? 'cancel' : 'fail'),
      })
    } else if (process.env.TARO_ENV === 'alipay' && payment.kind === 'alipay') {
      my.tradePay({
        tradeNO: payment.tradeNo,
        success: ({ resultCode }) => resolve(resultCode === ALIPAY_PAID ? 'success' : resultCode === ALIPAY_CANCELLED ? 'cancel' : 'fail'),
        fail: () => resolve('fail'),
      })
    } else resolve('fail')
  })
}
