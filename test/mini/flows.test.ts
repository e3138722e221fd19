/**
 * The resident's flows on the WeChat and Alipay production builds, the mock gateway in Node answering
 * wx.request / my.request: claim to level 1 and level 2, PIN activation, 亮码 (QR decoded from the canvas
 * and refreshed past expiry), active scan with the terminal codes, records paged to the end, password
 * change, loss report, unbind, large-text mode.
 */
import assert from 'node:assert/strict'
import { afterEach, describe, test } from 'node:test'
import { INITIAL_PIN, TEST_CARD_PIN, TEST_ECARD_PASSWORD } from '@mock/data/personas'
import type { MiniHost } from './host/host'
import { PLATFORMS, assertHealthy, closeAll, decodeQr, go, keypad, openApp, smsCode, waitFor } from './support'

afterEach(closeAll)

const RESIDENT = { name: '王建国', idNumber: '370902195803120013', phone: '13905381234', bankCard: '6217001234567890122' }

/** A new password or PIN on the keypad, entered twice, until the page says `done`. */
async function setNewPassword(host: MiniHost, password: string, done: string): Promise<void> {
  await keypad(host, password)
  await waitFor(host, '请再次输入')
  await keypad(host, password)
  await waitFor(host, done)
}

/** Verifies with the e-card password on the keypad, then accepts the confirmation dialog that follows. */
async function verifyAndConfirm(host: MiniHost, password: string, dialogTitle: string): Promise<void> {
  await keypad(host, password)
  await host.settle()
  const dialog = host.recorder.modals.shift()
  assert.ok(dialog, `no confirmation dialog on ${host.current.route}:\n${host.current.outline()}`)
  assert.equal(dialog.title, dialogTitle)
  dialog.answer(true)
  await host.settle()
}

for (const platform of PLATFORMS) {
  describe(`${platform} flows`, () => {
    test('a new resident claims the e-card to level 1, then links the bank card to level 2', async () => {
      const { host, gateway } = await openApp({ platform, persona: 'new', entry: 'claim/wizard/index' })
      const page = host.current
      await page.type('claim-name', RESIDENT.name)
      await host.current.type('claim-id', '370902195803120014')
      await host.current.type('claim-phone', RESIDENT.phone)
      await host.current.tap('下一步')
      await waitFor(host, '身份证号校验位不正确，请逐位核对')
      await host.current.type('claim-id', RESIDENT.idNumber)
      await host.current.tap('下一步')
      await host.current.tap('同意并继续')
      await host.current.tap('短信验证码')
      await smsCode(host)
      await host.current.tap('验证')
      await waitFor(host, '设置密码')
      await setNewPassword(host, TEST_ECARD_PASSWORD, '电子社保卡已领取（一级签发）')
      assert.equal(gateway?.state.card.status, 'level1')

      await host.current.tap('开通缴费结算（二级签发）')
      assert.equal(host.current.route, 'claim/bank/index')
      await host.current.type(0, RESIDENT.bankCard)
      await host.current.type(1, RESIDENT.phone)
      await smsCode(host)
      await host.current.tap(/^开通缴费结算$/)
      await waitFor(host, '二级签发（已开通缴费结算）')
      assert.ok(host.current.has('**** **** **** 0122'))
      assert.equal(gateway?.state.card.status, 'level2')
      assertHealthy(host)
    })

    test('PIN activation: the physical card leaves its initial PIN', async () => {
      const { host, gateway } = await openApp({ platform, persona: 'initial-pin', entry: 'claim/pin/index' })
      await keypad(host, INITIAL_PIN)
      await waitFor(host, '请设置新的社保卡密码')
      await setNewPassword(host, TEST_CARD_PIN, '社保卡密码已激活')
      assert.equal(gateway?.state.card.pin, 'active')
      assertHealthy(host)
    })

    for (const kind of ['payment', 'identity'] as const) {
      test(`亮码 ${kind}: the QR painted on the canvas decodes, and is replaced past its 60 s expiry`, async () => {
        const { host } = await openApp({ platform })
        await go(host, '/code/show/index')
        if (kind === 'identity') await host.current.tap('身份码')
        await keypad(host, TEST_ECARD_PASSWORD)
        await waitFor(host, /秒后失效/)
        const first = decodeQr(host)
        assert.match(first, new RegExp(`^ESSC1\\..+\\.${kind}\\.`))
        assert.ok(host.recorder.brightness === 1 && host.recorder.keepScreenOn, 'full brightness and screen kept on while the code shows')
        if (platform === 'weapp') assert.ok(host.recorder.captureHidden, 'the code is hidden from screen capture')

        await host.advance(65_000)
        const second = decodeQr(host)
        assert.notEqual(second, first)
        assert.match(second, new RegExp(`^ESSC1\\..+\\.${kind}\\.`))
        assert.ok(!host.current.has('已失效'), host.current.outline())
        assert.ok(!host.console.some((c) => c.text.includes('ESSC1.')), 'the payload is never logged')

        // The resident switches to another app and comes back two minutes later: a fresh code, not a dead one.
        await host.background()
        assert.equal(host.recorder.brightness, 0.5, 'brightness restored while the app is in the background')
        await host.advance(120_000)
        await host.foreground()
        await waitFor(host, /^(?!.*已失效).*(60|59) 秒后失效/s)
        const third = decodeQr(host)
        assert.ok(third !== second && third !== first)
        assert.equal(host.recorder.brightness, 1)

        await host.back()
        assert.equal(host.current.route, 'pages/home/index')
        assert.equal(host.recorder.brightness, 0.5, 'brightness restored when the code page closes')
        assert.ok(!host.recorder.keepScreenOn && !host.recorder.captureHidden)
        assertHealthy(host)
      })
    }

    test('亮码 with the phone clock 50 s ahead of the gateway: one code per lifetime, shown, and switching kind needs no password', async () => {
      const { host } = await openApp({ platform, phoneAheadMs: 50_000 })
      const refreshes = () => host.recorder.requests.filter((r) => /\/code\/[^/]+\/refresh$/.test(r.url)).length
      await go(host, '/code/show/index')
      await keypad(host, TEST_ECARD_PASSWORD)
      await waitFor(host, /秒后失效/)
      await host.advance(3_000)
      assert.equal(refreshes(), 0, 'no refresh in the first 3 s')
      assert.ok(host.current.has(/57 秒后失效/), host.current.outline())
      const first = decodeQr(host)
      await host.advance(62_000)
      assert.equal(refreshes(), 1, 'one refresh per 60 s lifetime')
      assert.notEqual(decodeQr(host), first)

      await host.current.tap('身份码')
      await waitFor(host, '电子社保卡身份码')
      assert.ok(!host.current.has('请输入电子社保卡密码'), 'no password again within the same showing')
      // codeIssue's Idempotency-Key: WeChat's CSPRNG; Alipay's API has none.
      if (platform === 'weapp') assert.ok(host.recorder.called('getRandomValues').length > 0, 'the idempotency key comes from wx.getRandomValues')
      assert.match(decodeQr(host), /^ESSC1\..+\.identity\./)
      assertHealthy(host)
    })

    for (const system of ['iOS', 'Android'] as const) {
      test(`亮码 on ${system}: brightness that cannot be read is left alone; the capture notice says what this phone can hide`, async () => {
        const { host } = await openApp({ platform, device: { system, brightnessReadable: false } })
        await go(host, '/code/show/index')
        await keypad(host, TEST_ECARD_PASSWORD)
        await waitFor(host, /秒后失效/)
        assert.equal(host.recorder.called('setScreenBrightness').length, 0, 'brightness never set when it could not be read first')
        assert.equal(host.recorder.brightness, 0.5)
        assert.ok(host.recorder.keepScreenOn)
        const notice =
          platform === 'alipay' ? '请勿截屏或录屏。' : system === 'iOS' ? '录屏时二维码会被隐藏，但无法阻止截屏，请勿截屏。' : '本页已开启防截屏和防录屏保护。'
        assert.ok(host.current.has(notice), host.current.outline())
        await host.back()
        assert.equal(host.recorder.brightness, 0.5)
        assertHealthy(host)
      })
    }

    test('active scan: a kiosk login and a pharmacy order, through the platform scan API', async () => {
      const { host } = await openApp({ platform, entry: 'code/scan/index' })
      host.recorder.scanQueue.push('ESSC-TERM:KIOSK-LOGIN')
      await host.current.tap('扫描终端二维码')
      await waitFor(host, '市第一人民医院 自助服务机 3 号')
      await host.current.tap(/确认登录|确认/)
      await waitFor(host, /已确认|已登录|完成/)
      assert.equal(host.recorder.called(platform === 'weapp' ? 'scanCode' : 'scan').length, 1)

      await host.navigate('redirectTo', '/code/scan/index')
      await host.settle()
      host.recorder.scanQueue.push('ESSC-TERM:ORDER-PAY')
      await host.current.tap('扫描终端二维码')
      await waitFor(host, '一心堂（人民中路店）')
      assert.ok(host.current.has('36.50'))
      await host.current.tap(/确认支付|支付/)
      await keypad(host, TEST_ECARD_PASSWORD)
      await waitFor(host, /支付成功|已支付/)
      // The receipt names the paying account; 完成 leaves the page (home: it was alone on the stack), not back to the scan start.
      assert.ok(host.current.has('医保个人账户'), host.current.outline())
      await host.current.tap('完成')
      await host.settle()
      assert.equal(host.current.route, 'pages/home/index')
      assertHealthy(host)
    })

    test('records: contributions paged to the end with onReachBottom', async () => {
      const { host, gateway } = await openApp({ platform, persona: 'veteran', entry: 'records/contributions/index' })
      const rows = () => host.current.all((n) => n.className.includes('record-row') && n.className.includes('weui-cell')).length
      let before = rows()
      assert.ok(before > 0, host.current.outline())
      for (let pages = 0; !host.current.has('没有更多了'); pages++) {
        assert.ok(pages < 200, 'the list never ends')
        await host.reachBottom()
        const now = rows()
        assert.ok(now > before || host.current.has('没有更多了'), `onReachBottom loaded nothing (${now} rows)`)
        before = now
      }
      assert.ok(before > 200, `${before} rows for a resident contributing since 2003`)
      assert.ok(gateway)

      // Pulling the page down starts again from the first page and ends the platform's refresh animation.
      await host.pullDownRefresh()
      assert.ok(rows() < before, `${rows()} rows after the refresh`)
      assert.equal(host.recorder.called('stopPullDownRefresh').length, 1)
      assertHealthy(host)
    })

    test('password change, then loss report, then unbind', async () => {
      const { host, gateway } = await openApp({ platform, entry: 'manage/password/index' })
      await keypad(host, TEST_ECARD_PASSWORD)
      await waitFor(host, '请设置新')
      await setNewPassword(host, '258036', '密码已修改')

      await go(host, '/manage/loss/index')
      await host.current.tap('挂失社保卡')
      await verifyAndConfirm(host, '258036', '确认临时挂失')
      await waitFor(host, '社保卡已临时挂失')
      assert.equal(gateway?.state.card.status, 'lost')
      assertHealthy(host)

      const { host: second, gateway: gateway2 } = await openApp({ platform, entry: 'manage/unbind/index' })
      const here = platform === 'weapp' ? '微信' : '支付宝市民中心'
      await second.current.tap(`解除与${here}的关联`)
      await verifyAndConfirm(second, TEST_ECARD_PASSWORD, `解除与${here}的关联`)
      await waitFor(second, `已解除与${here}的关联`)
      assert.ok(!gateway2?.state.card.channels.some((c) => c.channel === platform))
      assertHealthy(host)
      assertHealthy(second)
    })

    test('large-text mode, switched under 我的, applies to every page after', async () => {
      const { host } = await openApp({ platform, entry: 'pages/me/index' })
      // The whole row is the switch: a tap on its label toggles it (the drawn switch follows).
      const on = () => host.current.all((n) => n.className.split(/\s+/).includes('switch-row__track--on')).length
      assert.equal(on(), 0, host.current.outline())
      await host.current.tap('大字模式（适老化）')
      const screenClass = () => host.current.all((n) => n.className.split(/\s+/).includes('screen'))[0]?.className ?? ''
      assert.match(screenClass(), /large|care|elder/)
      assert.equal(on(), 1)
      await host.tapTab('pages/home/index')
      assert.match(screenClass(), /large|care|elder/)
      await go(host, '/records/index/index')
      assert.match(screenClass(), /large|care|elder/)
      assertHealthy(host)
    })
  })
}
