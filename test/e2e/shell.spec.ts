/** The app shell in a real browser: home, the tab bar, and large-text mode, on the H5 mock build. */
import type { Locator, Page } from '@playwright/test'
import { expect, test } from './fixtures'

test.use({ spec: 'shell' })
test.describe.configure({ mode: 'serial' })

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

test('home opens with the 市民中心 title and the three tabs', async ({ page }) => {
  await page.goto('/?city=taian')
  // The HTML's first frame shows 市民中心 before the app runs; the app moves / to the home page's path.
  await page.waitForURL((url) => url.pathname === '/pages/home/index')
  await visibleText(page, '市民中心').waitFor()
  // The city of the link is chosen once the cities have come (the card tab needs it).
  await page.waitForLoadState('networkidle')
  expect(await page.title()).toBe('市民中心')
  expect(await page.locator('taro-tabbar .weui-tabbar__label').allTextContents()).toEqual(['首页', '电子社保卡', '我的'])
  expect((await tab(page, '首页').getAttribute('class')) ?? '').toMatch(/weui-bar__item_on/)
})

test('the tab bar switches to 电子社保卡 and 我的', async ({ page }) => {
  await tab(page, '电子社保卡').click()
  await page.waitForURL('**/pages/card/index')
  await shownScreen(page, '电子社保卡').getByText('申领电子社保卡').waitFor()
  expect(await page.title()).toBe('电子社保卡')
  expect((await tab(page, '电子社保卡').getAttribute('class')) ?? '').toMatch(/weui-bar__item_on/)
  expect((await tab(page, '首页').getAttribute('class')) ?? '').not.toMatch(/weui-bar__item_on/)

  await tab(page, '我的').click()
  await page.waitForURL('**/pages/me/index')
  await visibleText(page, '大字模式（适老化）').waitFor()
  expect(await page.title()).toBe('我的')
  expect((await tab(page, '我的').getAttribute('class')) ?? '').toMatch(/weui-bar__item_on/)
})

test('大字模式 enlarges the text on every page and is remembered', async ({ page, session }) => {
  const me = shownScreen(page, '我的')
  // The whole row is the switch (role switch, aria-checked): a tap on its label, not only the drawn switch, toggles it.
  const toggle = page.getByRole('switch', { name: '大字模式', exact: true }).filter({ visible: true })
  expect(await toggle.isChecked()).toBe(false)
  expect((await me.getAttribute('class')) ?? '').not.toMatch(/screen--large/)
  const normalSize = await fontSizePx(me.locator('.weui-cell__bd').first())

  await toggle.getByText('大字模式（适老化）').click({ position: { x: 4, y: 4 } })
  await page.locator('.screen.screen--large').filter({ visible: true }).waitFor()
  expect(await toggle.isChecked()).toBe(true)
  expect((await me.getAttribute('class')) ?? '').toMatch(/screen--large/)
  const largeSize = await fontSizePx(me.locator('.weui-cell__bd').first())
  expect(largeSize, `large text should be bigger: ${largeSize}px vs ${normalSize}px`).toBeGreaterThan(normalSize)
  await session.screenshot('shell-me-large-text')

  // Another tab picks the mode up too.
  await tab(page, '首页').click()
  await page.waitForURL((url) => url.pathname === '/pages/home/index')
  await visibleText(page, '市民中心').waitFor()
  // The city of the link is chosen once the cities have come (the card tab needs it).
  await page.waitForLoadState('networkidle')
  expect((await shownScreen(page, '市民中心').getAttribute('class')) ?? '').toMatch(/screen--large/)

  // And it survives a reload (persisted preference).
  await page.reload()
  await visibleText(page, '市民中心').waitFor()
  expect((await shownScreen(page, '市民中心').getAttribute('class')) ?? '').toMatch(/screen--large/)
  await session.screenshot('shell-home-large-text')
})

test('index.html preloads the chunks of the page it opens, and each is downloaded once', async ({ page }) => {
  await page.goto('/records/index/index')
  await page.waitForLoadState('networkidle')
  const { preloaded, fetched } = await page.evaluate(() => ({
    preloaded: [...document.querySelectorAll<HTMLLinkElement>('link[rel="preload"]')].map((link) => new URL(link.href).pathname),
    fetched: performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname),
  }))
  expect(preloaded.some((file) => file.endsWith('.js')) && preloaded.some((file) => file.endsWith('.css')), `preloads: ${preloaded.join(', ')}`).toBe(true)
  for (const file of preloaded) expect(fetched.filter((f) => f === file).length, `${file} fetched ${fetched.filter((f) => f === file).length} times`).toBe(1)
})

test('no console errors or uncaught page errors', ({ session }) => {
  expect(session.errors()).toEqual([])
})
