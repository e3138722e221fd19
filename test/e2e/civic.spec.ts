/** The civic centre in a real browser: a shared city link, service search, outlets, an outlet's detail, the city kept over reloads. */
import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import type { Locator, Page } from 'playwright-core'
import { launch, type BrowserSession } from './browser'

let session: BrowserSession

before(async () => {
  session = await launch('civic')
})

after(async () => {
  await session?.close()
})

/** Taro keeps earlier pages in the DOM (hidden); only the shown one is visible. */
const visible = (locator: Locator): Locator => locator.filter({ visible: true })
const currentCity = (page: Page): Locator => visible(page.getByRole('button', { name: /^当前城市/ }))

test('a shared link ?city=kunming opens the Kunming civic centre', async () => {
  const { page, baseUrl } = session
  await page.goto(baseUrl + '/?city=kunming')
  await currentCity(page).waitFor()
  assert.equal(await currentCity(page).getAttribute('aria-label'), '当前城市昆明，切换城市')
  // Kunming has pharmacy pay switched on, and the grid shows it as a normal service.
  await visible(page.getByRole('button', { name: '药店扫码支付', exact: true })).waitFor()
  assert.equal(new URL(page.url()).searchParams.get('city'), 'kunming')
  await session.screenshot('civic-home-kunming')
})

test('searching 网点 finds 服务网点, which lists the city’s outlets', async () => {
  const { page } = session
  await visible(page.locator('taro-input-core[aria-label="搜索服务"] input')).fill('网点')
  await visible(page.getByText('搜索结果（1）')).waitFor()
  await visible(page.getByRole('button', { name: '服务网点', exact: true })).click()
  await page.waitForURL('**/outlets/list/index?city=kunming')
  // Headless Chromium has no position to give: the list explains and orders by district.
  await visible(page.getByText('未能获取您的位置（未授权或定位不可用），网点按区县排列。')).waitFor({ timeout: 15_000 })
  const names = await visible(page.locator('.outlet-cell__name')).allTextContents()
  assert.deepEqual(names, ['昆明市民中心', '盘龙区人社服务大厅', '五华区人力资源和社会保障服务中心'])
})

test('an outlet’s detail shows its address, hours, phone and map link, and survives a reload', async () => {
  const { page } = session
  await visible(page.getByRole('link', { name: /^昆明市民中心/ })).click()
  await page.waitForURL('**/outlets/detail/index?city=kunming&id=km-civic')
  await visible(page.getByText('昆明市呈贡区锦绣大街 1 号')).waitFor()
  await visible(page.getByText('周一至周五 09:00–17:30')).waitFor()
  assert.equal(await visible(page.getByRole('link', { name: /^拨打昆明市民中心电话/ })).getAttribute('href'), 'tel:0871-63112333')
  assert.match((await visible(page.getByRole('link', { name: /在地图中查看/ })).getAttribute('href')) ?? '', /^https:\/\/uri\.amap\.com\/marker\?/)

  await page.reload()
  await visible(page.getByText('昆明市呈贡区锦绣大街 1 号')).waitFor()
  await session.screenshot('civic-outlet-detail')
})

test('the chosen city survives a reload of the home page without the link', async () => {
  const { page, baseUrl } = session
  await page.goto(baseUrl + '/pages/home/index')
  await currentCity(page).waitFor()
  assert.equal(await currentCity(page).getAttribute('aria-label'), '当前城市昆明，切换城市')
  await page.reload()
  await currentCity(page).waitFor()
  assert.equal(await currentCity(page).getAttribute('aria-label'), '当前城市昆明，切换城市')
  assert.equal(new URL(page.url()).searchParams.get('city'), 'kunming')
})

test('no console errors or uncaught page errors', () => {
  assert.deepEqual(session.errors(), [])
})
