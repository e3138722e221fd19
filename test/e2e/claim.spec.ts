/**
 * Claim on H5 from the new-resident persona: SMS login, wizard to level 1 (SMS path), then level 2.
 * Closing the session audits storage and console for the resident's data in clear (./audit.ts).
 */
import { expect, test } from './fixtures'

const RESIDENT = { name: '王建国', idNumber: '370902195803120013', phone: '13905381234', bankCard: '6217001234567890122' }
const PASSWORD = '147258'

test.use({ spec: 'claim' })
test.describe.configure({ mode: 'serial' })

test('a new resident claims the e-card to level 1 and links the bank card to level 2', async ({ page, app, session }) => {
  const { input, button, text } = app
  await page.goto('/claim/wizard/index?persona=new')

  // H5 visitors log in by SMS first.
  await text('请先登录').waitFor()
  await app.smsLogIn(RESIDENT.phone)

  // 1 identity
  await app.visible(page.getByRole('group', { name: '第 1 步，共 5 步：填写信息' })).waitFor()
  await input('姓名').fill(RESIDENT.name)
  await input('身份证号').fill('370902195803120014')
  await input('手机号').fill(RESIDENT.phone)
  await button('下一步').click()
  await text('身份证号校验位不正确，请逐位核对').waitFor()
  await input('身份证号').fill(RESIDENT.idNumber)
  await button('下一步').click()

  // 2 consent, 3 SMS check (no face verification on H5)
  await app.visible(page.getByRole('group', { name: '第 2 步，共 5 步：授权' })).waitFor()
  await button('同意并继续').click()
  await app.visible(page.getByRole('group', { name: '第 3 步，共 5 步：身份核验' })).waitFor()
  expect(await page.getByText('开始人脸识别').count()).toBe(0)
  await app.smsCode()
  await button('验证').click()

  // 4 password twice on the keypad, 5 issued
  await app.visible(page.getByRole('group', { name: '第 4 步，共 5 步：设置密码' })).waitFor()
  session.typedSecret(PASSWORD)
  await app.keypad(PASSWORD)
  await text('请再次输入 6 位电子社保卡密码').waitFor()
  await app.keypad(PASSWORD)
  await text('电子社保卡已领取（一级签发）').waitFor()
  await session.screenshot('claim-level1')

  // Level 2
  await button('开通缴费结算（二级签发）').click()
  await page.waitForURL('**/claim/bank/index')
  await input('银行卡号').fill(RESIDENT.bankCard)
  await input('手机号').fill(RESIDENT.phone)
  await app.smsCode()
  await button('开通缴费结算').click()
  await text('二级签发（已开通缴费结算）').waitFor()
  await text(/\*\*\*\* \*\*\*\* \*\*\*\* 0122/).waitFor()
  await session.screenshot('claim-level2')
})

test('no console errors or uncaught page errors', ({ session }) => {
  expect(session.errors()).toEqual([])
})
