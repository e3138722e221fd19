/**
 * Card management on H5 as the level-2 holder: SMS login, change the e-card password, then report the
 * card lost with the new password and the confirmation. Closing the session runs the personal-data audit.
 */
import { TEST_ECARD_PASSWORD as OLD_PASSWORD } from '../../mock/data/personas'
import { expect, test } from './fixtures'

const HOLDER_PHONE = '13708712345'
const NEW_PASSWORD = '258036'

test.use({ spec: 'manage' })
test.describe.configure({ mode: 'serial' })

test('level 2 changes the e-card password, then reports the card lost with the new one', async ({ page, app, session }) => {
  const { button, text, keypad } = app
  session.typedSecret(NEW_PASSWORD)
  await page.goto('/manage/password/index?persona=level2')

  await text('请先登录').waitFor()
  await app.smsLogIn(HOLDER_PHONE)

  await text('请输入原电子社保卡密码').waitFor()
  await keypad('000000')
  await text('电子社保卡密码不正确，还可以输入 4 次').waitFor()
  await keypad(OLD_PASSWORD)
  await text('请设置新的 6 位电子社保卡密码').waitFor()
  await keypad(NEW_PASSWORD)
  await text('请再次输入新的 6 位电子社保卡密码').waitFor()
  await keypad(NEW_PASSWORD)
  await text('密码已修改').waitFor()
  await session.screenshot('manage-password-changed')

  await page.goto('/manage/loss/index')
  await text(/立即停止使用/).waitFor()
  await button('挂失社保卡').click()
  await text('请输入电子社保卡密码').waitFor()
  await keypad(NEW_PASSWORD)
  await text('确认临时挂失').waitFor()
  expect((await app.visible(page.locator('.taro-modal__text')).textContent()) ?? '').toMatch(/立即停止使用.*柜台书面办理/)
  await app.visible(page.locator('.taro-modal__foot').getByText('确认挂失', { exact: true })).click()
  await text('社保卡已临时挂失').waitFor()
  await session.screenshot('manage-lost')

  await page.goto('/manage/index/index')
  await text('社保卡已挂失，电子社保卡暂停使用').waitFor()
})

test('no console errors or uncaught page errors besides the gateway answer to the wrong password', ({ session }) => {
  // The browser logs every 4xx response; the mock gateway answers a wrong password with HTTP 422.
  const expected = (e: { text: string; source?: string }) => /status of 422/.test(e.text) && (e.source ?? '').endsWith('/card/password/verify')
  expect(session.errors().filter((e) => !expected(e))).toEqual([])
})
