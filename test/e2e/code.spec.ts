/**
 * 亮码 in a real browser on the H5 mock build: the level-2 persona logs in by SMS, enters the e-card
 * password, sees the payment code, and after the code's lifetime (fast-forwarded with the page clock)
 * sees a new code. The QR is decoded from the image the page drew; its text is never printed.
 */
import { TEST_ECARD_PASSWORD } from '../../mock/data/personas'
import { expect, test } from './fixtures'
import { QR_LABEL, qrSource, shownPayload } from './qr'

test.use({ spec: 'code' })
test.describe.configure({ mode: 'serial' })

test('the level-2 persona sees the payment code, and a new one after the old expires', async ({ page, app, session }) => {
  await page.clock.install()
  await page.goto('/code/show/index?persona=level2&latency=0')

  // H5 has no platform login: the page asks for the SMS login first.
  await app.smsLogIn('13708712345')

  await page.getByText('请输入电子社保卡密码').waitFor()
  await app.keypad(TEST_ECARD_PASSWORD)

  await page.getByLabel(QR_LABEL).waitFor()
  await page.getByText('电子社保卡支付码').waitFor()
  await page.getByText('请勿将二维码或数字发送给他人').waitFor()
  await page.getByText(/^60 秒后失效|^59 秒后失效/).waitFor()
  const first = await shownPayload(page)
  expect(first).toMatch(/^ESSC1\..+\.payment\./)
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
  expect(second).not.toBe(first)
  expect(second).toMatch(/^ESSC1\..+\.payment\./)
  expect(await page.getByText('已失效，点击刷新').count()).toBe(0)
})

test('no console errors, and neither the payload nor the digits are logged', ({ session }) => {
  expect(session.errors()).toEqual([])
  expect(session.console.some((entry) => /ESSC1\.|\d{18}/.test(entry.text))).toBe(false)
})
