/** The civic centre in a real browser: a shared city link, service search, outlets, an outlet's detail, the city kept over reloads. */
import type { Locator, Page } from '@playwright/test'
import { expect, test } from './fixtures'

test.use({ spec: 'civic' })
test.describe.configure({ mode: 'serial' })

const currentCity = (page: Page): Locator => page.getByRole('button', { name: /^当前城市/ }).filter({ visible: true })

test('a shared link ?city=kunming opens the Kunming civic centre', async ({ page, app, session }) => {
  await page.goto('/?city=kunming')
  await currentCity(page).waitFor()
  expect(await currentCity(page).getAttribute('aria-label')).toBe('当前城市昆明，切换城市')
  // Kunming has pharmacy pay switched on, and the grid shows it as a normal service.
  await app.shown(page.getByRole('button', { name: '药店扫码支付', exact: true })).waitFor()
  expect(new URL(page.url()).searchParams.get('city')).toBe('kunming')
  await session.screenshot('civic-home-kunming')
})

test('searching 网点 finds 服务网点, which lists the city’s outlets', async ({ page, app }) => {
  await app.input('搜索服务').fill('网点')
  await app.shown(page.getByText('搜索结果（1）')).waitFor()
  await app.shown(page.getByRole('button', { name: '服务网点', exact: true })).click()
  await page.waitForURL('**/outlets/list/index?city=kunming')
  // Headless Chromium has no position to give: the list explains and orders by district.
  await app.shown(page.getByText('未能获取您的位置（未授权或定位不可用），网点按区县排列。')).waitFor({ timeout: 15_000 })
  const names = await app.shown('.outlet-cell__name').allTextContents()
  expect(names).toEqual(['昆明市民中心', '盘龙区人社服务大厅', '五华区人力资源和社会保障服务中心'])
})

test('an outlet’s detail shows its address, hours, phone and map link, and survives a reload', async ({ page, app, session }) => {
  await app.shown(page.getByRole('link', { name: /^昆明市民中心/ })).click()
  await page.waitForURL('**/outlets/detail/index?city=kunming&id=km-civic')
  await app.shown(page.getByText('昆明市呈贡区锦绣大街 1 号')).waitFor()
  await app.shown(page.getByText('周一至周五 09:00–17:30')).waitFor()
  expect(await app.shown(page.getByRole('link', { name: /^拨打昆明市民中心电话/ })).getAttribute('href')).toBe('tel:0871-63112333')
  expect((await app.shown(page.getByRole('link', { name: /在地图中查看/ })).getAttribute('href')) ?? '').toMatch(/^https:\/\/uri\.amap\.com\/marker\?/)

  await page.reload()
  await app.shown(page.getByText('昆明市呈贡区锦绣大街 1 号')).waitFor()
  await session.screenshot('civic-outlet-detail')
})

test('the chosen city survives a reload of the home page without the link', async ({ page }) => {
  await page.goto('/pages/home/index')
  await currentCity(page).waitFor()
  expect(await currentCity(page).getAttribute('aria-label')).toBe('当前城市昆明，切换城市')
  await page.reload()
  await currentCity(page).waitFor()
  expect(await currentCity(page).getAttribute('aria-label')).toBe('当前城市昆明，切换城市')
  expect(new URL(page.url()).searchParams.get('city')).toBe('kunming')
})

test('no console errors or uncaught page errors', ({ session }) => {
  expect(session.errors()).toEqual([])
})
