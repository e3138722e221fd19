/**
 * 城乡居民医保缴费 on the WeChat and Alipay production builds, the mock gateway in Node: the platform's payment
 * (wx.requestPayment with the order's parameters, my.tradePay with its trade number) answered by the host as the
 * test says, the payment platform's side settled in the gateway (mock/handlers/pay.ts settlePayment); the page
 * believes only the gateway. Pay for oneself (and save the receipt's picture), two relatives at once, cancel then
 * resume, a lost callback found by polling, the collection period closing mid-flow, a double tap; the card's bank
 * account with the e-card password; a parent's insurance paid through 亲情服务; the testers' build, whose mock
 * answers the payment.
 */
import assert from 'node:assert/strict'
import { afterEach, describe, test } from 'node:test'
import type { PlatformPayment } from '@/gateway/schema'
import { TEST_ECARD_PASSWORD } from '@mock/data/personas'
import type { PaymentSimulation } from '@mock/faults'
import { settlePayment } from '@mock/handlers'
import type { MockGateway } from '@mock/gateway'
import type { MiniHost, Platform } from './host/host'
import { PLATFORMS, assertHealthy, closeAll, keypad, openApp, waitFor } from './support'

afterEach(closeAll)

/** The platform's payment as the gateway's order gave it, read back from the options the app passed. */
function paymentOf(platform: Platform, options: Record<string, unknown>): PlatformPayment {
  if (platform === 'alipay') return { kind: 'alipay', tradeNo: String(options.tradeNO) }
  const { timeStamp, nonceStr, package: prepay, paySign } = options as Record<string, string>
  return { kind: 'wechat', timeStamp, nonceStr, package: prepay, signType: 'RSA', paySign }
}

/** The payment platform: each payment ends as `simulation` says, in the gateway and in the host's answer to the app. */
function payAs(host: MiniHost, gateway: MockGateway, simulation: PaymentSimulation) {
  gateway.setControls({ payment: simulation })
  host.recorder.onPayment = (options) => {
    const ending = settlePayment(gateway.state, paymentOf(host.platform, options), host.clock.now())
    host.recorder.paymentOutcome = ending === 'unavailable' ? 'fail' : ending
  }
}

const payButton = (platform: Platform, amount: string) => `${platform === 'weapp' ? '微信支付' : '支付宝支付'} ${amount}`
const payCalls = (host: MiniHost) => host.recorder.called(host.platform === 'weapp' ? 'requestPayment' : 'tradePay')

async function openPayables(platform: Platform, simulation: PaymentSimulation = 'success') {
  const opened = await openApp({ platform, entry: 'pay/index/index' })
  assert.ok(opened.gateway)
  payAs(opened.host, opened.gateway, simulation)
  await waitFor(opened.host, '选择缴费人员')
  return { host: opened.host, gateway: opened.gateway }
}

async function order(host: MiniHost, ...people: string[]) {
  for (const person of people) await host.current.tap(person)
  await host.current.tap('去支付')
  await waitFor(host, '请在')
  assert.equal(host.current.route, 'pay/order/index')
}

for (const platform of PLATFORMS) {
  describe(`${platform} 城乡居民医保缴费`, () => {
    test('pay for oneself with the platform’s own payment; the receipt, saved to the album as a picture', async () => {
      const { host, gateway } = await openPayables(platform)
      await order(host, '张*明（本人）')
      await host.current.tap(payButton(platform, '¥400.00'))
      await waitFor(host, '缴费成功')
      await waitFor(host, '城乡居民医保缴费凭证')
      const [orderId] = Object.keys(gateway.state.payOrders.self)
      const [call] = payCalls(host)
      const options = call.args[0] as Record<string, unknown>
      if (platform === 'weapp') {
        assert.equal(options.package, `prepay_id=wx${orderId}`)
        assert.equal(options.signType, 'RSA')
        assert.match(String(options.timeStamp), /^\d+$/)
        for (const name of ['nonceStr', 'paySign']) assert.ok(typeof options[name] === 'string' && options[name], name)
      } else assert.equal(options.tradeNO, `ali${orderId}`)
      assert.match(host.current.text(), /验证码[A-Z0-9]{12}/)
      assert.ok(!host.current.has('53010219720925003X'), 'the ID number is masked')

      await host.current.tap('保存凭证图片')
      await waitFor(host, '缴费凭证已保存到相册')
      const [picture] = host.recorder.album
      assert.ok(picture, 'a picture reached the album')
      assert.ok(picture.texts().includes('城乡居民医保缴费凭证'))
      const code = /验证码([A-Z0-9]{12})/.exec(host.current.text())?.[1]
      assert.ok(code && picture.texts().includes(code), 'the picture carries the verification code')
      assertHealthy(host)
    })

    test('pay for two relatives at once: one order for both parents', async () => {
      const { host, gateway } = await openPayables(platform)
      await order(host, '张*福（父母）', '李*芬（父母）')
      await host.current.tap(payButton(platform, '¥800.00'))
      await waitFor(host, '缴费成功')
      const [paid] = Object.values(gateway.state.payOrders.self)
      assert.deepEqual([paid.status, paid.personIds], ['paid', ['p-1', 'p-2']])
      await waitFor(host, '李*芬（父母）')
      assertHealthy(host)
    })

    test('cancel then resume: the cancelled order waits on the list, 继续支付 pays it', async () => {
      const { host, gateway } = await openPayables(platform, 'cancel')
      await order(host, '张*明（本人）')
      await host.current.tap(payButton(platform, '¥400.00'))
      await waitFor(host, '您已取消支付，未扣款。')
      await host.back()
      await waitFor(host, '您有一笔待支付的订单')
      payAs(host, gateway, 'success')
      await host.current.tap('继续支付')
      await host.current.tap(payButton(platform, '¥400.00'))
      await waitFor(host, '缴费成功')
      assert.equal(payCalls(host).length, 2)
      assertHealthy(host)
    })

    test('callback lost: the platform says it failed, the gateway was paid; polling finds it', async () => {
      const { host } = await openPayables(platform, 'lost')
      await order(host, '张*明（本人）')
      await host.current.tap(payButton(platform, '¥400.00'))
      await waitFor(host, '正在确认支付结果')
      await waitFor(host, '缴费成功')
      assert.ok(!host.current.has('支付没有完成'))
      assertHealthy(host)
    })

    test('the collection period closes while choosing: the order is refused and the list says so', async () => {
      const { host, gateway } = await openPayables(platform)
      await host.current.tap('张*明（本人）')
      gateway.setControls({ payment: 'window-closed' })
      await host.current.tap('去支付')
      await waitFor(host, '现在不在缴费期内，暂不能缴费')
      await waitFor(host, '本年度缴费期已结束，暂不能缴费。')
      assert.equal(host.current.route, 'pay/index/index')
      assert.deepEqual(gateway.state.payOrders.self, {})
      assertHealthy(host)
    })

    test('double tap: 去支付 twice makes one order, the pay button twice opens the payment once', async () => {
      const { host, gateway } = await openPayables(platform)
      await host.current.tap('张*明（本人）')
      const create = host.current.control('去支付')
      await Promise.all([host.current.tap(create), host.current.tap(create)])
      await waitFor(host, '请在')
      assert.equal(Object.keys(gateway.state.payOrders.self).length, 1)
      const pay = host.current.control(payButton(platform, '¥400.00'))
      await Promise.all([host.current.tap(pay), host.current.tap(pay)])
      await waitFor(host, '缴费成功')
      assert.equal(payCalls(host).length, 1)
      assertHealthy(host)
    })

    test('level 2 pays from the card’s bank account with the e-card password; no platform payment', async () => {
      const { host, gateway } = await openPayables(platform)
      await order(host, '张*明（本人）')
      await host.current.tap('用社保卡银行账户支付')
      await keypad(host, TEST_ECARD_PASSWORD)
      await waitFor(host, '缴费成功')
      await waitFor(host, '社保卡银行账户')
      assert.equal(payCalls(host).length, 0)
      assert.equal(Object.values(gateway.state.payOrders.self)[0].paidWith, 'bank-account')
      assertHealthy(host)
    })

    test('亲情服务: the mother’s insurance paid from 亲情服务 — her name on each page, her order, the resident the payer', async () => {
      const { host, gateway } = await openApp({ platform, persona: 'family', entry: 'family/index/index' })
      assert.ok(gateway)
      payAs(host, gateway, 'success')
      await waitFor(host, '母亲 杨*兰')
      const [mother] = gateway.state.family.relatives
      await host.current.tap('代缴医保')
      await waitFor(host, '缴费：母亲 杨*兰')
      await waitFor(host, '选择缴费人员')
      await order(host, '杨*兰（母亲）')
      assert.ok(host.current.has('缴费：母亲 杨*兰'), 'her name on the order page')
      await host.current.tap(payButton(platform, '¥400.00'))
      await waitFor(host, '缴费成功')
      assert.match(host.current.text(), /缴费人张\*芳参保人杨\*兰（母亲），5301\*{10}0028，¥400\.00/)
      assert.ok(host.current.has('缴费：母亲 杨*兰'), 'her name above her receipt')
      const orders = gateway.state.payOrders[mother.relativeId]
      assert.deepEqual(
        Object.values(orders).map((paid) => [paid.status, paid.personIds]),
        [['paid', ['p-self']]],
      )
      assert.equal(gateway.state.payOrders.self, undefined)
      assertHealthy(host)
    })

    test('a testers’ build: the mock answers the platform payment (tester slot) as 模拟缴费 says; wx / my are not asked', async () => {
      const { host } = await openApp({ platform, build: 'dev', entry: 'pay/index/index' })
      await waitFor(host, '选择缴费人员')
      await order(host, '张*明（本人）')
      await host.current.tap(payButton(platform, '¥400.00'))
      await waitFor(host, '缴费成功')
      assert.equal(payCalls(host).length, 0)
      assertHealthy(host)
    })
  })
}
