/**
 * 亮码 in a real browser on the H5 mock build: the level-2 persona logs in by SMS, enters the e-card
 * password, sees the payment code, and after the code's lifetime (fast-forwarded with the page clock)
 * sees a new code. The QR is decoded from the image the page drew; its text is never printed.
 */
import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import jsQR from 'jsqr'
import { PNG } from 'pngjs'
import type { Locator, Page } from 'playwright-core'
import { launch, type BrowserSession } from './browser'

const TEST_SMS_CODE = '246810'
const TEST_ECARD_PASSWORD = '147258'
const QR_LABEL = '电子社保卡二维码，请出示给扫码设备'

let session: BrowserSession

before(async () => {
  session = await launch('code')
})

after(async () => {
  await session?.close()
})

/** The QR image's source (a PNG data URL), or '' when no code is shown. */
const qrSource = (page: Page): Promise<string> =>
  page.evaluate((label) => {
    const host = document.querySelector(`[aria-label="${label}"]`)
    return host?.querySelector('img')?.getAttribute('src') ?? host?.getAttribute('src') ?? ''
  }, QR_LABEL)

/** Decodes the QR image on the page in Node. */
async function shownPayload(page: Page): Promise<string> {
  const src = await qrSource(page)
  assert.match(src, /^data:image\/png;base64,/)
  const png = PNG.sync.read(Buffer.from(src.slice('data:image/png;base64,'.length), 'base64'))
  const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height)
  assert.ok(decoded, 'the QR on screen decodes')
  return decoded.data
}

const visible = (locator: Locator) => locator.filter({ visible: true }).first()
const input = (page: Page, label: string) => visible(page.locator(`taro-input-core[aria-label="${label}"] input`))
/** Taro buttons are <taro-button-core>: by their text. */
const button = (page: Page, name: string) => visible(page.locator('taro-button-core').filter({ hasText: new RegExp(`^\\s*${name}\\s*$`) }))
const key = (page: Page, digit: string) => visible(page.locator(`taro-button-core.keypad__key[aria-label="${digit}"]`))

test('the level-2 persona sees the payment code, and a new one after the old expires', async () => {
  const { page, baseUrl } = session
  await page.clock.install()
  await page.goto(`${baseUrl}/code/show/index?persona=level2&latency=0`)

  // H5 has no platform login: the page asks for the SMS login first.
  await input(page, '手机号').fill('13708712345')
  await button(page, '获取验证码').click()
  await visible(page.getByText(/秒后可重新获取/)).waitFor()
  await input(page, '验证码').fill(TEST_SMS_CODE)
  await button(page, '登录').click()

  await page.getByText('请输入电子社保卡密码').waitFor()
  for (const digit of TEST_ECARD_PASSWORD) await key(page, digit).click()

  await page.getByLabel(QR_LABEL).waitFor()
  await page.getByText('电子社保卡支付码').waitFor()
  await page.getByText('请勿将二维码或数字发送给他人').waitFor()
  await page.getByText(/^60 秒后失效|^59 秒后失效/).waitFor()
  const first = await shownPayload(page)
  assert.match(first, /^ESSC1\..+\.payment\./)
  await session.screenshot('code-payment')

  // Past the code's 60 s lifetime: the app refreshed it 10 s before expiry, so a new code is on screen.
  const firstSource = await qrSource(page)
  await page.clock.fastForward('01:05')
  await page.waitForFunction(
    ([label, old]) => {
      const host = document.querySelector(`[aria-label="${label}"]`)
      const src = host?.querySelector('img')?.getAttribute('src') ?? host?.getAttribute('src') ?? ''
      return src.startsWith('data:image/png') && src !== old
    },
    [QR_LABEL, firstSource] as const,
  )
  const second = await shownPayload(page)
  assert.notEqual(second, first)
  assert.match(second, /^ESSC1\..+\.payment\./)
  assert.equal(await page.getByText('已失效，点击刷新').count(), 0)
})

test('no console errors, and neither the payload nor the digits are logged', () => {
  assert.deepEqual(session.errors(), [])
  assert.ok(!session.console.some((entry) => /ESSC1\.|\d{18}/.test(entry.text)))
})
