/**
 * Claim on H5 from the new-resident persona: SMS login, wizard to level 1 (SMS path), then level 2.
 * Closing the session audits storage and console for the resident's data in clear (./audit.ts).
 */
import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import type { Locator, Page } from 'playwright-core'
import { launch, type BrowserSession } from './browser'

const RESIDENT = { name: '王建国', idNumber: '370902195803120013', phone: '13905381234', bankCard: '6217001234567890122' }
const SMS_CODE = '246810'
const PASSWORD = '147258'

let session: BrowserSession

before(async () => {
  session = await launch('claim')
})

after(async () => {
  await session?.close()
})

const visible = (locator: Locator) => locator.filter({ visible: true }).first()
const input = (page: Page, label: string) => visible(page.locator(`taro-input-core[aria-label="${label}"] input`))
const button = (page: Page, name: string) => visible(page.locator('taro-button-core').filter({ hasText: new RegExp(`^\\s*${name}\\s*$`) }))
const text = (page: Page, value: string | RegExp) => visible(page.getByText(value))

async function smsCode(page: Page) {
  await button(page, '获取验证码').click()
  await text(page, /秒后可重新获取/).waitFor()
  await input(page, '验证码').fill(SMS_CODE)
}

async function keypad(page: Page, digits: string) {
  for (const digit of digits) await visible(page.locator(`taro-button-core.keypad__key[aria-label="${digit}"]`)).click()
}

test('a new resident claims the e-card to level 1 and links the bank card to level 2', async () => {
  const { page, baseUrl } = session
  await page.goto(`${baseUrl}/claim/wizard/index?persona=new`)

  // H5 visitors log in by SMS first.
  await text(page, '请先登录').waitFor()
  await input(page, '手机号').fill(RESIDENT.phone)
  await smsCode(page)
  await button(page, '登录').click()

  // 1 identity
  await visible(page.getByRole('group', { name: '第 1 步，共 5 步：填写信息' })).waitFor()
  await input(page, '姓名').fill(RESIDENT.name)
  await input(page, '身份证号').fill('370902195803120014')
  await input(page, '手机号').fill(RESIDENT.phone)
  await button(page, '下一步').click()
  await text(page, '身份证号校验位不正确，请逐位核对').waitFor()
  await input(page, '身份证号').fill(RESIDENT.idNumber)
  await button(page, '下一步').click()

  // 2 consent, 3 SMS check (no face verification on H5)
  await visible(page.getByRole('group', { name: '第 2 步，共 5 步：授权' })).waitFor()
  await button(page, '同意并继续').click()
  await visible(page.getByRole('group', { name: '第 3 步，共 5 步：身份核验' })).waitFor()
  assert.equal(await page.getByText('开始人脸识别').count(), 0)
  await smsCode(page)
  await button(page, '验证').click()

  // 4 password twice on the keypad, 5 issued
  await visible(page.getByRole('group', { name: '第 4 步，共 5 步：设置密码' })).waitFor()
  session.typedSecret(PASSWORD)
  await keypad(page, PASSWORD)
  await text(page, '请再次输入 6 位电子社保卡密码').waitFor()
  await keypad(page, PASSWORD)
  await text(page, '电子社保卡已领取（一级签发）').waitFor()
  await session.screenshot('claim-level1')

  // Level 2
  await button(page, '开通缴费结算（二级签发）').click()
  await page.waitForURL('**/claim/bank/index')
  await input(page, '银行卡号').fill(RESIDENT.bankCard)
  await input(page, '手机号').fill(RESIDENT.phone)
  await smsCode(page)
  await button(page, '开通缴费结算').click()
  await text(page, '二级签发（已开通缴费结算）').waitFor()
  await text(page, /\*\*\*\* \*\*\*\* \*\*\*\* 0122/).waitFor()
  await session.screenshot('claim-level2')
})

test('no console errors or uncaught page errors', () => {
  assert.deepEqual(session.errors(), [])
})
