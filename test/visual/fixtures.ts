/**
 * The visual suite's test object. Each worker keeps one browser context (the mock's service worker stays
 * registered: a test costs one page load, not a new profile) with the clock set to one instant
 * (营业中 badges and record dates stay put; countdowns are masked). Each test gets a new page whose first load starts
 * from the same storage: the session session.setup.ts saved (so no test sees another's mock state) and the
 * project's large-text preference. `shoot` takes the baseline screenshots at 390×844 and 320×568.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { expect, test as base, type BrowserContext, type BrowserContextOptions, type Locator, type Page } from '@playwright/test'
import { PREFERENCES_KEY, preferencesValue } from '../e2e/pages'

export interface VisualOptions {
  largeText: boolean
}

/** The logged-in session session.setup.ts saves (level2's phone, the mock's SMS code). */
export const SESSION_FILE = path.resolve(__dirname, '../../test-results/visual/.session.json')
/** A Tuesday morning in Kunming's and Taian's time zone: offices open, codes valid. */
export const FROZEN_NOW = new Date('2026-06-16T10:00:00+08:00')

export const VIEWPORTS = [
  { name: '390', width: 390, height: 844 },
  { name: '320', width: 320, height: 568 },
] as const

/** A phone: the e2e specs' viewport, touch, Chinese locale and China's time zone. */
export const PHONE: BrowserContextOptions = {
  viewport: VIEWPORTS[0],
  deviceScaleFactor: 1,
  isMobile: true,
  hasTouch: true,
  locale: 'zh-CN',
  timezoneId: 'Asia/Shanghai',
}

type Seed = { name: string; value: string }[]

/** Runs in the page before its scripts, on the first load of each tab only (window.name marks it). */
function seedStorage(entries: Seed): void {
  if (window.name === 'visual-seeded' || !location.protocol.startsWith('http')) return
  localStorage.clear()
  for (const { name, value } of entries) localStorage.setItem(name, value)
  window.name = 'visual-seeded'
}

export const test = base.extend<{ shoot(name: string, mask?: Locator[]): Promise<void> }, VisualOptions & { sharedContext: BrowserContext }>({
  largeText: [false, { option: true, scope: 'worker' }],
  sharedContext: [
    async ({ browser, largeText }, use, workerInfo) => {
      const { baseURL } = workerInfo.project.use
      const session = JSON.parse(readFileSync(SESSION_FILE, 'utf8')) as { origins: { localStorage: Seed }[] }
      const seed: Seed = [...session.origins.flatMap((o) => o.localStorage), { name: PREFERENCES_KEY, value: preferencesValue(largeText) }]
      const context = await browser.newContext({ ...PHONE, baseURL })
      // Installed, not fixed: time starts at FROZEN_NOW and runs (Taro's canvas waits on timers that a fixed
      // clock starves: the pension chart stayed blank); what ticks on screen is masked.
      await context.clock.install({ time: FROZEN_NOW })
      await context.addInitScript(seedStorage, seed)
      await use(context)
      await context.close()
    },
    { scope: 'worker' },
  ],
  page: async ({ sharedContext }, use) => {
    const page = await sharedContext.newPage()
    await use(page)
    await page.close()
  },
  shoot: async ({ page }, use) => {
    await use(async (name, mask = []) => {
      for (const viewport of VIEWPORTS) {
        await page.setViewportSize(viewport)
        await expect.soft(page).toHaveScreenshot(`${name}-${viewport.name}.png`, { mask })
      }
      await page.setViewportSize(VIEWPORTS[0])
    })
  },
})

/** Makes the viewport as tall as the page's content (at most 3000 px), so nothing is below the fold. */
export async function showWholePage(page: Page, width: number = VIEWPORTS[0].width): Promise<void> {
  const height = await page.evaluate(() =>
    Math.max(innerHeight, document.documentElement.scrollHeight, ...[...document.querySelectorAll('.taro_page')].map((e) => e.scrollHeight)),
  )
  await page.setViewportSize({ width, height: Math.min(3000, Math.ceil(height)) })
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))))
}

export { expect }

/** Waits until the page has rendered and its gateway answers have settled (no spinner, no busy region). */
export async function settled(page: Page): Promise<void> {
  await page.waitForLoadState('load')
  await page.locator('.screen').first().waitFor()
  await page.waitForFunction(() => !document.querySelector('.weui-loading, [aria-busy="true"], .skeleton'), null, { timeout: 10_000 })
  // Fonts in, images decoded, one more frame: the layout has stopped moving.
  await page.evaluate(async () => {
    await document.fonts.ready
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))
  })
}
