/**
 * The physical card on H5 in Chromium: a photo through the real file input (camera capture), outlet collection, a
 * guardian's application for a child mailed home, every production stage advanced from the tester panel, a refused
 * photo retaken, and the replacement after a loss with its fee. Closing the session runs the personal-data audit,
 * which also looks for the photo's bytes in storage and the console.
 */
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import type { Screen } from './screen'

test.use({ spec: 'card' })
test.describe.configure({ mode: 'serial' })

/** A white-background portrait JPEG of the 2-inch card photo's size, drawn by the browser. */
async function portrait(page: Page): Promise<Buffer> {
  const dataUrl = await page.evaluate(() => {
    const canvas = document.createElement('canvas')
    canvas.width = 358
    canvas.height = 441
    const g = canvas.getContext('2d') as CanvasRenderingContext2D
    g.fillStyle = '#ffffff'
    g.fillRect(0, 0, 358, 441)
    g.fillStyle = '#c89f7a'
    g.beginPath()
    g.arc(179, 190, 85, 0, Math.PI * 2)
    g.fill()
    return canvas.toDataURL('image/jpeg', 0.9)
  })
  return Buffer.from(dataUrl.split(',')[1], 'base64')
}

/** 拍摄或选择照片 opens the file input (with camera capture); the resident picks the photo. */
async function takePhoto(page: Page, app: Screen, photo: Buffer) {
  const chooser = page.waitForEvent('filechooser')
  await app.button('拍摄或选择照片').click()
  const input = await chooser
  expect(await input.element().getAttribute('capture')).toBe('user')
  await input.setFiles({ name: 'photo.jpg', mimeType: 'image/jpeg', buffer: photo })
  await app.text('照片尺寸符合要求。请确认背景是白色的。').waitFor()
}

async function photoBankOutlet(page: Page, app: Screen, photo: Buffer, bank: string) {
  await app.button('下一步').click()
  await takePhoto(page, app, photo)
  await app.button('上传照片').click()
  await app.text(/借记卡/).waitFor()
  await app.visible(page.getByRole('button', { name: `开户银行：${bank}` })).click()
  await app.button('下一步').click()
}

let photo: Buffer

test('first card: data check, a photo through the file input, bank, the nearest outlet with its hours, free', async ({ page, app, session }) => {
  await page.goto('/card/apply/index?persona=no-card')
  await app.text('请先登录').waitFor()
  await app.smsLogIn('13905384321')
  await app.text('刘*兰').waitFor()
  photo = await portrait(page)
  session.typedSecret(photo.toString('base64').slice(0, 40))
  await photoBankOutlet(page, app, photo, '中国建设银行')
  await app.visible(page.getByRole('radio').first()).click()
  await expect(app.visible(page.getByRole('radio').first())).toHaveAttribute('aria-checked', 'true')
  await app.button('下一步').click()
  await app.text('免费（首次申领不收费）').waitFor()
  await app.button('提交申请').click()
  await app.text('已受理（当前）').waitFor()
  expect(page.url()).toMatch(/\/card\/progress\/index\?id=app-\d+/)
  await session.screenshot('card-applied')
})

test('a guardian applies for a child, mailed home: wrong entries named by their field, then the masked summary', async ({ page, app }) => {
  await page.goto('/card/index/index?persona=card-guardian')
  await app.text(/李\*轩/).waitFor()
  await app.button('为子女申领（监护人）').click()
  await app.text('为未成年子女申领').waitFor()
  await app.input('孩子姓名').fill('李子涵')
  await app.input('孩子身份证号').fill('530102201805060039')
  await app.input('户口簿户号').fill('5301020088')
  await app.button('下一步').click()
  await app.text('只有孩子的父母或法定监护人可以为孩子申领').waitFor()
  await app.visible(page.getByRole('switch', { name: '我是孩子的父母或法定监护人' })).click()
  await photoBankOutlet(page, app, photo, '中国工商银行')
  await app.visible(page.getByRole('button', { name: '领取方式：邮寄到家' })).click()
  await app.input('收件手机号').fill('1370871')
  await app.button('下一步').click()
  await app.text('手机号应为 11 位，现在是 7 位').waitFor()
  await app.input('省份').fill('云南省')
  await app.input('城市').fill('昆明市')
  await app.input('区县').fill('五华区')
  await app.input('详细地址').fill('人民中路 18 号 2 单元')
  await app.input('收件手机号').fill('13708715577')
  await app.button('下一步').click()
  await app.text('邮寄到 云南省 昆明市 五华区').waitFor()
  await app.button('提交申请').click()
  await app.text('已受理（当前）').waitFor()
  await app.text(/子女 · 首次申领 · 李\*涵/).waitFor()
})

test('progress through every stage, advanced from the tester panel', async ({ page, app, session }) => {
  await page.goto('/card/progress/index?id=app-seed-1&persona=card-producing')
  await app.text('制卡中（当前）').waitFor()
  await app.visible(page.getByRole('button', { name: '打开测试面板' })).click()
  for (const stage of ['待领取（当前）', '已领取（当前）', '金融账户待激活（当前）', '社保卡的社保功能和金融功能都已启用，可以正常使用。']) {
    await app.button('推进制卡进度').click()
    await app.text(stage).waitFor()
    if (stage === '已领取（当前）') await app.text(/还剩 30 天$/).waitFor()
  }
  await app.button('收起').click()
  await session.screenshot('card-active')
})

test('a refused photo: the reason, retake, back under review', async ({ page, app }) => {
  await page.goto('/card/progress/index?id=app-seed-1&persona=photo-rejected')
  await app.text('照片审核（未通过）').waitFor()
  await app.text(/照片背景不是白色/).waitFor()
  await app.button('重新拍摄照片').click()
  await takePhoto(page, app, photo)
  await app.button('提交新照片').click()
  await app.text('照片审核（当前）').waitFor()
  await expect(page.getByText(/照片背景不是白色/)).toHaveCount(0)
})

test('replacement after a loss: both reports, 补换卡 with its fee, then the loss can no longer be lifted', async ({ page, app, session }) => {
  await page.goto('/card/index/index?persona=lost')
  await app.text('2. 银行账户：拨打中国银行客服电话 95566。').waitFor()
  await app.button('申请补换社保卡').click()
  await expect(app.visible(page.getByRole('button', { name: '补换卡原因：丢失' }))).toHaveAttribute('aria-pressed', 'true')
  await photoBankOutlet(page, app, photo, '中国银行')
  await app.visible(page.getByRole('radio').first()).click()
  await app.button('下一步').click()
  await app.text('工本费 ¥20.00（提交后支付）').waitFor()
  await app.button('提交申请').click()
  await app.button('支付 ¥20.00').click()
  await app.text('已受理（当前）').waitFor()
  await expect(page.getByText('支付 ¥20.00')).toHaveCount(0, { timeout: 10_000 })
  await session.screenshot('card-replacement-paid')
  await page.goto('/manage/loss/index')
  await app.text('您已申请补卡，原卡不能再解除挂失。').waitFor()
  await expect(page.getByText('查找社保经办网点').filter({ visible: true })).toHaveCount(0)
})

test('no console errors or uncaught page errors', ({ session }) => {
  expect(session.errors()).toEqual([])
})
