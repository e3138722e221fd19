/**
 * Card management on H5 as the level-2 holder: SMS login, change the e-card password, then report the
 * card lost with the new password and the confirmation. Closing the session runs the personal-data audit.
 */
import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import type { Locator, Page } from 'playwright-core'
import { launch, type BrowserSession } from './browser'

const HOLDER_PHONE = '13708712345'
const SMS_CODE = '246810'
const OLD_PASSWORD = '147258'
const NEW_PASSWORD = '258036'

let session: BrowserSession

before(async () => {
  session = await launch('manage')
  session.typedSecret(NEW_PASSWORD)
})

after(async () => {
  await session?.close()
})

const visible = (locator: Locator) => locator.filter({ visible: true }).first()
const button = (page: Page, name: string) => visible(page.locator('taro-button-core').filter({ hasText: new RegExp(`^\\s*${name}\\s*$`) }))
const text = (page: Page, value: string | RegExp) => visible(page.getByText(value))

async function keypad(page: Page, digits: string) {
  for (const digit of digits) await visible(page.locator(`taro-button-core.keypad__key[aria-label="${digit}"]`)).click()
}

test('level 2 changes the e-card password, then reports the card lost with the new one', async () => {
  const { page, baseUrl } = session
  await page.goto(`${baseUrl}/manage/password/index?persona=level2`)

  await text(page, '请先登录').waitFor()
  await visible(page.locator('taro-input-core[aria-label="手机号"] input')).fill(HOLDER_PHONE)
  await button(page, '获取验证码').click()
  await text(page, /秒后可重新获取/).waitFor()
  await visible(page.locator('taro-input-core[aria-label="验证码"] input')).fill(SMS_CODE)
  await button(page, '登录').click()

  await text(page, '请输入原电子社保卡密码').waitFor()
  await keypad(page, '000000')
  await text(page, '电子社保卡密码不正确，还可以输入 4 次').waitFor()
  await keypad(page, OLD_PASSWORD)
  await text(page, '请设置新的 6 位电子社保卡密码').waitFor()
  await keypad(page, NEW_PASSWORD)
  await text(page, '请再次输入新的 6 位电子社保卡密码').waitFor()
  await keypad(page, NEW_PASSWORD)
  await text(page, '密码已修改').waitFor()
  await session.screenshot('manage-password-changed')

  await page.goto(`${baseUrl}/manage/loss/index`)
  await text(page, /立即停止使用/).waitFor()
  await button(page, '挂失社保卡').click()
  await text(page, '请输入电子社保卡密码').waitFor()
  await keypad(page, NEW_PASSWORD)
  await text(page, '确认临时挂失').waitFor()
  assert.match((await visible(page.locator('.taro-modal__text')).textContent()) ?? '', /立即停止使用.*柜台书面办理/)
  await visible(page.locator('.taro-modal__foot').getByText('确认挂失', { exact: true })).click()
  await text(page, '社保卡已临时挂失').waitFor()
  await session.screenshot('manage-lost')

  await page.goto(`${baseUrl}/manage/index/index`)
  await text(page, '社保卡已挂失，电子社保卡暂停使用').waitFor()
})

test('no console errors or uncaught page errors besides the gateway answer to the wrong password', () => {
  // The browser logs every 4xx response; the mock gateway answers a wrong password with HTTP 422.
  const expected = (e: { text: string; source?: string }) => /status of 422/.test(e.text) && (e.source ?? '').endsWith('/card/password/verify')
  assert.deepEqual(
    session.errors().filter((e) => !expected(e)),
    [],
  )
})
