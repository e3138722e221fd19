/** The app shell in a real browser: home, the tab bar, and large-text mode, on the H5 mock build. */
import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import type { Locator, Page } from 'playwright-core'
import { launch, type BrowserSession } from './browser'

let session: BrowserSession

before(async () => {
  session = await launch('shell')
})

after(async () => {
  await session?.close()
})

/** Taro keeps visited tab pages in the DOM (hidden); only the shown one is visible. */
const visibleText = (page: Page, text: string): Locator => page.getByText(text, { exact: true }).filter({ visible: true })

/** Taro H5 renders the tab bar as <taro-tabbar> with one link (<a class="weui-tabbar__item">) per tab. */
const tab = (page: Page, name: string): Locator => page.locator('taro-tabbar').getByRole('link', { name, exact: true })

/** The root <Screen> of the page on show: the one holding the visible page title. */
const shownScreen = (page: Page, title: string): Locator =>
  page
    .locator('.screen')
    .filter({ has: page.locator('.page-title', { hasText: title }) })
    .filter({ visible: true })

const fontSizePx = (locator: Locator): Promise<number> => locator.evaluate((el) => parseFloat(getComputedStyle(el).fontSize))

test('home opens with the 市民中心 title and the three tabs', async () => {
  const { page, baseUrl } = session
  await page.goto(baseUrl + '/?city=taian')
  await visibleText(page, '市民中心').waitFor()
  assert.equal(new URL(page.url()).pathname, '/pages/home/index')
  assert.equal(await page.title(), '市民中心')
  assert.deepEqual(await page.locator('taro-tabbar .weui-tabbar__label').allTextContents(), ['首页', '电子社保卡', '我的'])
  assert.match((await tab(page, '首页').getAttribute('class')) ?? '', /weui-bar__item_on/)
})

test('the tab bar switches to 电子社保卡 and 我的', async () => {
  const { page } = session
  await tab(page, '电子社保卡').click()
  await page.waitForURL('**/pages/card/index')
  await shownScreen(page, '电子社保卡').getByText('申领电子社保卡').waitFor()
  assert.equal(await page.title(), '电子社保卡')
  assert.match((await tab(page, '电子社保卡').getAttribute('class')) ?? '', /weui-bar__item_on/)
  assert.doesNotMatch((await tab(page, '首页').getAttribute('class')) ?? '', /weui-bar__item_on/)

  await tab(page, '我的').click()
  await page.waitForURL('**/pages/me/index')
  await visibleText(page, '大字模式（适老化）').waitFor()
  assert.equal(await page.title(), '我的')
  assert.match((await tab(page, '我的').getAttribute('class')) ?? '', /weui-bar__item_on/)
})

test('大字模式 enlarges the text on every page and is remembered', async () => {
  const { page } = session
  const me = shownScreen(page, '我的')
  // The whole row is the switch (role switch, aria-checked): a tap on its label, not only the drawn switch, toggles it.
  const toggle = page.getByRole('switch', { name: '大字模式', exact: true }).filter({ visible: true })
  assert.equal(await toggle.isChecked(), false)
  assert.doesNotMatch((await me.getAttribute('class')) ?? '', /screen--large/)
  const normalSize = await fontSizePx(me.locator('.weui-cell__bd').first())

  await toggle.getByText('大字模式（适老化）').click({ position: { x: 4, y: 4 } })
  await page.locator('.screen.screen--large').filter({ visible: true }).waitFor()
  assert.equal(await toggle.isChecked(), true)
  assert.match((await me.getAttribute('class')) ?? '', /screen--large/)
  const largeSize = await fontSizePx(me.locator('.weui-cell__bd').first())
  assert.ok(largeSize > normalSize, `large text should be bigger: ${largeSize}px vs ${normalSize}px`)
  await session.screenshot('shell-me-large-text')

  // Another tab picks the mode up too.
  await tab(page, '首页').click()
  await page.waitForURL('**/pages/home/index')
  await visibleText(page, '市民中心').waitFor()
  assert.match((await shownScreen(page, '市民中心').getAttribute('class')) ?? '', /screen--large/)

  // And it survives a reload (persisted preference).
  await page.reload()
  await visibleText(page, '市民中心').waitFor()
  assert.match((await shownScreen(page, '市民中心').getAttribute('class')) ?? '', /screen--large/)
  await session.screenshot('shell-home-large-text')
})

test('index.html preloads the chunks of the page it opens, and each is downloaded once', async () => {
  const { page, baseUrl } = session
  await page.goto(baseUrl + '/records/index/index')
  await page.waitForLoadState('networkidle')
  const { preloaded, fetched } = await page.evaluate(() => ({
    preloaded: [...document.querySelectorAll<HTMLLinkElement>('link[rel="preload"]')].map((link) => new URL(link.href).pathname),
    fetched: performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname),
  }))
  assert.ok(preloaded.some((file) => file.endsWith('.js')) && preloaded.some((file) => file.endsWith('.css')), `preloads: ${preloaded.join(', ')}`)
  for (const file of preloaded) assert.equal(fetched.filter((f) => f === file).length, 1, `${file} fetched ${fetched.filter((f) => f === file).length} times`)
})

test('no console errors or uncaught page errors', () => {
  assert.deepEqual(session.errors(), [])
})
