import * as v from 'valibot'
import { platformPayment, type PlatformPayment } from '@/gateway/schema'
import * as platform from '@/platform'
import { payWithPlatform } from '@/platform/payment'
import { tester } from '@/ui/tester'

jest.mock('@/platform', () => ({ ...jest.requireActual<typeof import('@/platform')>('@/platform'), leaveForWebsite: jest.fn() }))
const leaveForWebsite = jest.mocked(platform.leaveForWebsite)
beforeEach(() => leaveForWebsite.mockReset().mockResolvedValue('opened'))

const CASHIER = 'https://cashier.esscard.example/pay?order=ord-1&return=%2Fpay%2Fresult%2Findex'

describe('H5 payment (src/platform/payment.h5.ts)', () => {
  test('an order with a cashier on the allow-list leaves for it in this tab', async () => {
    await expect(payWithPlatform({ kind: 'cashier', url: CASHIER })).resolves.toBe('cashier')
    expect(leaveForWebsite).toHaveBeenCalledWith(CASHIER)
  })

  test.each([
    'https://cashier.esscard.example.evil.test/pay',
    'http://cashier.esscard.example/pay',
    'https://user@cashier.esscard.example/',
    'javascript:alert(1)',
  ])('a cashier address off the allow-list is never opened: %s', async (url) => {
    await expect(payWithPlatform({ kind: 'cashier', url })).resolves.toBe('fail')
    expect(leaveForWebsite).not.toHaveBeenCalled()
  })

  test('without a cashier H5 cannot pay: the page says where to pay instead', async () => {
    await expect(payWithPlatform({ kind: 'none' })).resolves.toBe('unavailable')
  })

  test('a mini-program payment reaching H5 fails without calling anything', async () => {
    await expect(payWithPlatform({ kind: 'alipay', tradeNo: '2026120722001' })).resolves.toBe('fail')
    expect(leaveForWebsite).not.toHaveBeenCalled()
  })

  test('a build with the mock gateway answers through the tester slot instead', async () => {
    const simulated = jest.fn((_: PlatformPayment) => Promise.resolve('success' as const))
    tester.payment = simulated
    try {
      await expect(payWithPlatform({ kind: 'cashier', url: CASHIER })).resolves.toBe('success')
      expect(simulated).toHaveBeenCalledWith({ kind: 'cashier', url: CASHIER })
      expect(leaveForWebsite).not.toHaveBeenCalled()
    } finally {
      tester.payment = null
    }
  })
})

describe('the contract of a platform payment', () => {
  const valid = (value: unknown) => v.safeParse(platformPayment, value).success

  test('each platform’s shape passes', () => {
    expect(valid({ kind: 'wechat', timeStamp: '1796600000', nonceStr: 'n0nce', package: 'prepay_id=wx1', signType: 'RSA', paySign: 'sig' })).toBe(true)
    expect(valid({ kind: 'alipay', tradeNo: '2026120722001' })).toBe(true)
    expect(valid({ kind: 'cashier', url: CASHIER })).toBe(true)
    expect(valid({ kind: 'none' })).toBe(true)
  })

  test('a cashier off the allow-list, a WeChat package without prepay_id or a numeric time stamp break it', () => {
    expect(valid({ kind: 'cashier', url: 'https://pay.example.com/' })).toBe(false)
    expect(valid({ kind: 'wechat', timeStamp: '1796600000', nonceStr: 'n', package: 'wx1', signType: 'RSA', paySign: 's' })).toBe(false)
    expect(valid({ kind: 'wechat', timeStamp: 1796600000, nonceStr: 'n', package: 'prepay_id=wx1', signType: 'RSA', paySign: 's' })).toBe(false)
  })
})
