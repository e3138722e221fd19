/**
 * 城乡居民医保缴费 on H5 as the level-2 holder in Kunming (a city with the gateway's web cashier; the mock build
 * settles the cashier's payment as `?pay=` says): SMS login, choose oneself, one order, pay, the receipt. Closing
 * the session runs the personal-data audit over the pages visited.
 */
import { expect, test } from './fixtures'

const HOLDER_PHONE = '13708712345'

test.use({ spec: 'pay' })
test.describe.configure({ mode: 'serial' })

test('level 2 pays the resident medical insurance for one person and gets the receipt; the person is then 已缴', async ({ page, app, session }) => {
  const { button, text } = app
  await page.goto('/pay/index/index?persona=level2&pay=success&city=kunming')
  await text('请先登录').waitFor()
  await app.smsLogIn(HOLDER_PHONE)

  await text('选择缴费人员').waitFor()
  const self = app.shown(page.getByRole('checkbox', { name: /^张\*明（本人）/ }))
  await expect(self).toHaveAttribute('aria-label', '张*明（本人），待缴，个人缴费 ¥400.00')
  await self.click()
  await text('合计（1 人）').waitFor()
  await button('去支付').click()

  await button('前往收银台支付 ¥400.00').click()
  await text('缴费成功').waitFor()
  const receipt = app.shown(page.getByRole('region', { name: '缴费凭证' }))
  await expect(receipt).toContainText('张*明（本人），5301**********003X，¥400.00')
  await expect(receipt).toContainText('缴费金额¥400.00')
  await expect(receipt).toContainText(/验证码[A-Z0-9]{12}/)
  await expect(receipt).not.toContainText('53010219720925003X')
  await session.screenshot('pay-receipt')

  await page.goto('/pay/index/index')
  await expect(app.shown(page.getByRole('checkbox', { name: /^张\*明（本人）/ }))).toHaveAttribute('aria-label', '张*明（本人），已缴')
})

test('no console errors or uncaught page errors', ({ session }) => {
  expect(session.errors()).toEqual([])
})
