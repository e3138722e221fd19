/**
 * 亲情服务 in a real browser on the H5 mock build: the level-2 holder adds his mother with her SMS consent, shows
 * her identity code (decoded) with her name on screen, looks up her contributions, removes her; the elderly mother
 * revokes a child's grant; a request for someone not on the list is refused. The session's personal-data audit
 * covers every page it passed.
 */
import { TEST_ECARD_PASSWORD } from '../../mock/data/personas'
import { expect, test } from './fixtures'
import { QR_LABEL, shownPayload } from './qr'

test.use({ spec: 'family' })
test.describe.configure({ mode: 'serial' })

let motherId = ''

test('add the mother with her SMS consent, show her code, look up her contributions', async ({ page, app, session }) => {
  await page.goto('/family/index/index?persona=level2&latency=0')
  await app.smsLogIn('13708712345')
  await app.text('还没有添加亲属').waitFor()
  await app.button('添加亲属').click()
  await app.input('姓名').fill('杨秀兰')
  await app.input('身份证号').fill('530102194805060028')
  await app.button('下一步').click()
  await app.text('第 2 步，共 3 步：亲属同意').waitFor()
  await app.smsCode()
  await app.text('137****3311').waitFor()
  await session.screenshot('family-consent')
  await app.button('验证').click()
  await app.text('已添加母亲 杨*兰').waitFor()

  await app.button('为母亲 杨\\*兰出示二维码').click()
  await page.waitForURL(/\/code\/show\/index\?for=/)
  motherId = new URL(page.url()).searchParams.get('for') ?? ''
  await app.text('出示：母亲 杨*兰').waitFor()
  await app.text('请输入您本人的电子社保卡密码').waitFor()
  await app.keypad(TEST_ECARD_PASSWORD)
  await page.getByLabel(QR_LABEL).waitFor()
  expect(await shownPayload(page)).toMatch(/^ESSC1\..+\.identity\./)
  await expect(app.text('出示：母亲 杨*兰')).toBeVisible()
  await session.screenshot('family-code')

  await page.goto(`/records/contributions/index?for=${motherId}`)
  await app.text('查看：母亲 杨*兰').waitFor()
  await app.shown('[role="list"][aria-label^="缴费记录，共"]').waitFor()
  expect(await app.shown('[role="listitem"]').count()).toBeGreaterThan(0)
  await session.screenshot('family-contributions')
})

test('remove the mother: asked first, then gone; acting for her is refused', async ({ page, app }) => {
  await page.goto('/family/index/index')
  await app.button('删除').click()
  await app.visible(page.locator('.taro-modal__foot').getByText('删除', { exact: true })).click()
  await app.text('还没有添加亲属').waitFor()

  await page.goto(`/records/index/index?for=${motherId}`)
  await app.text('查看：未添加的亲属').waitFor()
  await app.text('对方不在您的亲属名单中').waitFor()
})

test('the elderly mother sees who may act for her and revokes one', async ({ page, app, session }) => {
  await page.goto('/family/grants/index?persona=elder&latency=0')
  await app.text('儿子 张*明').waitFor()
  await app.text('女儿 张*芳').waitFor()
  await session.screenshot('family-grants')
  await app.button('取消授权').click()
  await app.visible(page.locator('.taro-modal__foot').getByText('取消授权', { exact: true })).click()
  await expect(app.shown(page.getByText('儿子 张*明'))).toHaveCount(0)
  await app.text('女儿 张*芳').waitFor()
  // The one refusal on the console is the browser's note of the request for the removed mother (a 422).
  const refusedForRemoved = (source = '') => source.includes(`onBehalfOf=${motherId}`)
  expect(session.errors().filter((e) => !refusedForRemoved(e.source))).toEqual([])
})
