/**
 * The physical card on WeChat and Alipay: the photo through each platform's own picker (wx.chooseMedia,
 * my.chooseImage — Alipay has no chooseMedia), measured and read on the device, uploaded to a signed slot; outlet
 * collection and mailing with the platform's region picker; every production stage; a refused photo retaken; the
 * replacement's fee through wx.requestPayment / my.tradePay, confirmed by the gateway; a guardian's application.
 */
import assert from 'node:assert/strict'
import { afterEach, test } from 'node:test'
import type { MockGateway } from '@mock/gateway'
import type { MiniHost, Platform } from './host/host'
import { assertHealthy, assertNoTransportFailure, closeAll, go, openApp, waitFor } from './support'

afterEach(closeAll)

const IMAGE = Buffer.from('JFIF-card-photo-'.repeat(200)).toString('base64')
const GOOD_PHOTO = { width: 358, height: 441, base64: IMAGE }
const PICKER: Record<Platform, string> = { weapp: 'chooseMedia', alipay: 'chooseImage' }

/** From the data check to the bank: the photo taken with the platform's picker and uploaded. */
async function photoAndBank(host: MiniHost, bank: string) {
  await host.current.tap('下一步')
  await waitFor(host, '请准备本人近期二寸白底彩色免冠正面照片')
  host.recorder.photoQueue.push({ width: 640, height: 480, base64: IMAGE }, GOOD_PHOTO)
  await host.current.tap('拍摄或选择照片')
  await waitFor(host, '照片应为竖向的二寸照')
  await host.current.tap('重新拍摄或选择')
  await waitFor(host, '照片尺寸符合要求。请确认背景是白色的。')
  await host.current.tap('上传照片')
  await waitFor(host, '借记卡')
  await host.current.tap(bank)
  await host.current.tap('下一步')
}

async function chooseOutletAndSubmit(host: MiniHost, outlet: string, summary: string) {
  await waitFor(host, outlet)
  await host.current.tap(outlet)
  await host.current.tap('下一步')
  await waitFor(host, summary)
  await host.current.tap('提交申请')
  await waitFor(host, '已受理（当前）')
  assert.equal(host.current.route, 'card/progress/index')
}

function assertPhotoKeptAsHashOnly(host: MiniHost, gateway: MockGateway | undefined) {
  const photos = Object.values(gateway?.state.physicalCards?.self?.photos ?? {})
  assert.ok(photos.length >= 1)
  for (const photo of photos) assert.match(photo.hash, /^[0-9a-f]+$/)
  assert.ok(!JSON.stringify(gateway?.state).includes(IMAGE.slice(0, 40)), 'the image is not in the gateway state')
  for (const [key, value] of host.recorder.storage) assert.ok(!JSON.stringify(value).includes(IMAGE.slice(0, 40)), `the image is not in storage "${key}"`)
}

/** Comes back to the app a while later: the page asks the gateway again (its answer is no longer fresh). */
async function laterAgain(host: MiniHost) {
  await host.advance(11_000)
  await host.background()
  await host.foreground()
  await host.settle()
}

for (const platform of ['weapp', 'alipay'] as Platform[]) {
  test(`${platform}: first card with a photo from the platform's picker, collected at an outlet`, async () => {
    const { host, gateway } = await openApp({ platform, persona: 'no-card' })
    await go(host, '/card/index/index')
    await waitFor(host, '还没有申请')
    await host.current.tap('申领实体社保卡')
    await waitFor(host, '刘*兰')
    assert.ok(!host.current.has('370902196204150063'))
    await photoAndBank(host, '中国建设银行')
    const [picked] = host.recorder.called(PICKER[platform])
    assert.ok(picked, `${PICKER[platform]} called`)
    if (platform === 'weapp') assert.deepEqual([...(picked.args[0] as { mediaType: string[] }).mediaType], ['image'])
    assert.equal(host.recorder.called('chooseMedia').length + host.recorder.called('chooseImage').length, 2)
    await chooseOutletAndSubmit(host, '泰安市民中心', '免费（首次申领不收费）')
    assertPhotoKeptAsHashOnly(host, gateway)
    assertNoTransportFailure(host.current)
    assertHealthy(host)
  })

  test(`${platform}: mailing, with the platform's region picker and a forgiving phone field`, async () => {
    const { host, gateway } = await openApp({ platform, persona: 'no-card' })
    await go(host, '/card/apply/index')
    await waitFor(host, '刘*兰')
    await photoAndBank(host, '中国工商银行')
    await waitFor(host, '泰安市民中心')
    await host.current.tap('邮寄到家')
    await waitFor(host, '请选择省、市、区县')
    await host.current.tap('下一步')
    await waitFor(host, '请填写完整的所在地区（省、市、区县）')
    const picker = host.current.all((n) => n.tag === 'picker')[0]
    assert.equal(picker?.attributes.mode, 'region')
    await host.current.change(picker, { value: ['山东省', '泰安市', '泰山区'] })
    await host.current.type('mail-street', '东岳大街 88 号 3 单元')
    await host.current.type('mail-phone', '139 0538 4321')
    await host.current.tap('下一步')
    await waitFor(host, '邮寄到 山东省 泰安市 泰山区')
    await host.current.tap('提交申请')
    await waitFor(host, '已受理（当前）')
    const [application] = gateway?.state.physicalCards?.self?.applications ?? []
    assert.deepEqual(application.delivery, { kind: 'mail', region: '山东省 泰安市 泰山区', streetMasked: '东岳****', phoneMasked: '139****4321' })
    assertHealthy(host)
  })

  test(`${platform}: progress through every stage as the gateway moves it on`, async () => {
    const { host, gateway } = await openApp({ platform, persona: 'card-producing' })
    await go(host, '/card/progress/index?id=app-seed-1')
    await waitFor(host, '制卡中（当前）')
    for (const stage of ['待领取（当前）', '已领取（当前）', '金融账户待激活（当前）', '社保功能和金融功能都已启用']) {
      gateway?.advanceCardStage()
      await laterAgain(host)
      await waitFor(host, stage)
      if (stage === '待领取（当前）') {
        assert.ok(host.current.has('带什么：本人身份证原件'))
        await host.current.tap('导航到网点')
        assert.equal(host.recorder.called('openLocation').length, 1)
      }
      if (stage === '已领取（当前）') assert.ok(host.current.has('还剩 30 天'))
    }
    assertHealthy(host)
  })

  test(`${platform}: a refused photo: the reason, one tap to retake, back under review`, async () => {
    const { host, gateway } = await openApp({ platform, persona: 'photo-rejected' })
    await go(host, '/card/progress/index?id=app-seed-1')
    await waitFor(host, '照片审核（未通过）')
    assert.ok(host.current.has('照片背景不是白色'))
    await host.current.tap('重新拍摄照片')
    host.recorder.photoQueue.push(GOOD_PHOTO)
    await host.current.tap('拍摄或选择照片')
    await waitFor(host, '提交新照片')
    await host.current.tap('提交新照片')
    await waitFor(host, '照片审核（当前）')
    assert.ok(!host.current.has('照片背景不是白色'))
    assertPhotoKeptAsHashOnly(host, gateway)
    assertHealthy(host)
  })

  test(`${platform}: replacement after a loss, its fee paid with the platform's payment and confirmed by the gateway`, async () => {
    const { host, gateway } = await openApp({ platform, persona: 'lost' })
    await go(host, '/card/index/index')
    await waitFor(host, '2. 银行账户：拨打中国银行客服电话 95566。')
    await host.current.tap('申请补换社保卡')
    await waitFor(host, '补换卡原因')
    await host.current.tap('丢失')
    await photoAndBank(host, '中国银行')
    await chooseOutletAndSubmit(host, '泰安市民中心', '工本费 ¥20.00（提交后支付）')
    // The payment platform tells the gateway first; the page then asks the gateway, not only the callback.
    host.recorder.paymentOutcome = 'success'
    host.recorder.onPayment = (options) =>
      gateway?.settleCardFee(
        platform === 'weapp'
          ? {
              kind: 'wechat',
              timeStamp: String(options.timeStamp),
              nonceStr: String(options.nonceStr),
              package: String(options.package),
              signType: 'RSA',
              paySign: String(options.paySign),
            }
          : { kind: 'alipay', tradeNo: String(options.tradeNO) },
      )
    await host.current.tap('支付 ¥20.00')
    await waitFor(host, '已受理（当前）')
    for (let i = 0; i < 20 && host.current.has('支付 ¥20.00'); i++) await host.advance(500)
    assert.ok(!host.current.has('支付 ¥20.00'))
    const [paid] = host.recorder.called(platform === 'weapp' ? 'requestPayment' : 'tradePay')
    assert.ok(paid, 'the platform payment was called')
    if (platform === 'weapp') assert.match(String((paid.args[0] as { package: string }).package), /^prepay_id=/)
    else assert.equal(typeof (paid.args[0] as { tradeNO: string }).tradeNO, 'string')
    assert.equal(gateway?.state.physicalCards?.self?.applications.at(-1)?.payment, 'paid')
    // The loss can no longer be lifted, and the loss page says so.
    await go(host, '/manage/loss/index')
    await waitFor(host, '您已申请补卡，原卡不能再解除挂失。')
    assert.ok(!host.current.has('查找社保经办网点'))
    assertHealthy(host)
  })

  test(`${platform}: a guardian applies for a child`, async () => {
    const { host, gateway } = await openApp({ platform, persona: 'card-guardian' })
    await go(host, '/card/index/index')
    await waitFor(host, '李*轩')
    await host.current.tap('为子女申领（监护人）')
    await waitFor(host, '为未成年子女申领')
    await host.current.tap('下一步')
    await waitFor(host, '只有孩子的父母或法定监护人可以为孩子申领')
    await host.current.type('child-name', '李子涵')
    await host.current.type('child-id', '530102201805060039')
    await host.current.type('child-household', '5301020088')
    await host.current.tap('我是孩子的父母或法定监护人')
    await photoAndBank(host, '中国工商银行')
    await chooseOutletAndSubmit(host, '昆明市民中心', '免费（首次申领不收费）')
    assert.equal(gateway?.state.physicalCards?.self?.applications.at(-1)?.applicant, 'child')
    assert.ok(!JSON.stringify(gateway?.state).includes('530102201805060039'))
    assertHealthy(host)
  })
}
