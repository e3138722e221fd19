/**
 * H5 follows the browser's own font size (issue 23): Chromium's 设置 → 外观 → 字号 is its default ("standard")
 * font size, set here through the DevTools protocol (Page.setFontSizes) as the settings page does. The app's
 * sizes are rem on a root written as a share of that default, so raising it from 16 to 24 px draws every text
 * 1.5× larger; 长辈版 (the in-app switch) multiplies on top. A size in px (on the root or in a stylesheet)
 * would stay put and fail here (WeUI's own 17 px cell text did, until config/postcssBrowserFont.js). At 375 px
 * wide, where Taro's rem is 20 px, the sizes are the theme's own. The pension chart's canvas text, which no
 * stylesheet scales, follows both too.
 */
import type { Page } from '@playwright/test'
import { PREFERENCES_KEY, preferencesValue } from '../e2e/pages'
import { expect, settled, test } from './fixtures'

/** What the home page draws, one text of each kind: the theme's body, title and small sizes. */
const TEXTS = {
  body: '.screen',
  cardTitle: '.card-entry .title-cell__title',
  pageTitle: '.page-title',
  entryName: '.elder-entry__name',
  entryState: '.elder-entry__state',
  hotline: '.hotline__number',
} as const
/** px by text; a text the page does not show (the hotline row is a tile in 长辈版) is left out. */
type Sizes = Partial<Record<keyof typeof TEXTS, number>>

async function fontSizes(page: Page): Promise<Sizes> {
  return page.evaluate((texts) => {
    const sizes: Record<string, number> = {}
    for (const [name, selector] of Object.entries(texts)) {
      const element = document.querySelector(selector)
      if (element) sizes[name] = Math.round(parseFloat(getComputedStyle(element).fontSize) * 10) / 10
    }
    return sizes as Sizes
  }, TEXTS)
}

const times = (sizes: Sizes, factor: number): Sizes =>
  Object.fromEntries(Object.entries(sizes).map(([name, px]) => [name, Math.round((px ?? 0) * factor * 10) / 10]))

test("the browser's font size scales the app's text, and 长辈版 multiplies on top", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 })
  await page.goto('/pages/home/index?persona=level2&fault=none&latency=0')
  await settled(page)
  await expect(page.locator('.screen--large')).toHaveCount(0)
  const standard = await fontSizes(page)
  expect(standard).toEqual({ body: 16, cardTitle: 17, pageTitle: 20, entryName: 20, entryState: 16, hotline: 20 })

  // The resident picks a larger font in the browser's settings (16 → 24 px: 1.5×).
  const devtools = await page.context().newCDPSession(page)
  await devtools.send('Page.setFontSizes', { fontSizes: { standard: 24 } })
  await page.reload()
  await settled(page)
  expect(await fontSizes(page)).toEqual(times(standard, 1.5))

  // 长辈版 on top: the large tokens (body 16 → 21 px, title 20 → 26 px…), times the browser's 1.5.
  await page.locator('.elder-entry').first().click()
  await expect(page.locator('.screen--large')).toHaveCount(1)
  const large = await fontSizes(page)
  expect(large.body).toBe(21 * 1.5)
  expect(large.entryState).toBe(21 * 1.5)

  // And back to the browser's standard size: 长辈版 alone.
  await devtools.send('Page.setFontSizes', { fontSizes: { standard: 16 } })
  await page.reload()
  await settled(page)
  expect(await fontSizes(page)).toEqual(times(large, 1 / 1.5))
})

/** Records the font of every text the page draws on a canvas (the chart's labels). */
function recordCanvasText(): void {
  const drawn: { text: string; font: string }[] = []
  ;(window as unknown as { canvasText: typeof drawn }).canvasText = drawn
  const fillText = CanvasRenderingContext2D.prototype.fillText
  CanvasRenderingContext2D.prototype.fillText = function (this: CanvasRenderingContext2D, text: string, x: number, y: number, maxWidth?: number) {
    drawn.push({ text, font: this.font })
    fillText.call(this, text, x, y, maxWidth)
  }
}

/** The px sizes of the chart's latest labels (one painting: the axis from 0 up, then the years). */
async function chartLabelSizes(page: Page): Promise<number[]> {
  await page.waitForFunction(() => (window as unknown as { canvasText?: unknown[] }).canvasText?.length)
  return page.evaluate(() => {
    const drawn = (window as unknown as { canvasText: { text: string; font: string }[] }).canvasText
    const last = drawn.map((d) => d.text).lastIndexOf('0')
    return drawn.slice(last).map((d) => parseFloat(d.font))
  })
}

test('the pension chart draws its labels at ≥ 18 px in 长辈版, times the browser’s font size', async ({ page }) => {
  await page.addInitScript(recordCanvasText)
  const pension = '/records/pension/index?persona=level2&fault=none&latency=0'
  await page.goto(pension)
  await settled(page)
  expect(new Set(await chartLabelSizes(page))).toEqual(new Set([12]))

  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [PREFERENCES_KEY, preferencesValue(true)])
  await page.reload()
  await settled(page)
  await expect(page.locator('.screen--large')).toHaveCount(1)
  expect(new Set(await chartLabelSizes(page))).toEqual(new Set([18]))

  const devtools = await page.context().newCDPSession(page)
  await devtools.send('Page.setFontSizes', { fontSizes: { standard: 24 } })
  await page.reload()
  await settled(page)
  expect(new Set(await chartLabelSizes(page))).toEqual(new Set([27]))
})
