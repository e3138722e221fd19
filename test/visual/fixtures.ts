/**
 * The visual suite's test object: `largeText` (the project's mode) is put into the app's stored
 * preferences before any page script runs, the clock is frozen at one instant (countdowns, 营业中 badges
 * and record dates stay put), and `shoot` takes the page's baseline screenshots at 390×844 and 320×568.
 */
import path from 'node:path'
import { expect, test as base, type Locator, type Page } from '@playwright/test'
import { PREFERENCES_KEY, preferencesValue } from '../e2e/pages'

export interface VisualOptions {
  largeText: boolean
}

/** The logged-in session global-setup.ts saves (level2's phone, the mock's SMS code). */
export const SESSION_FILE = path.resolve(__dirname, '../../test-results/visual/.session.json')
/** A Tuesday morning in Kunming's and Taian's time zone: offices open, codes valid. */
export const FROZEN_NOW = new Date('2026-06-16T10:00:00+08:00')

export const VIEWPORTS = [
  { name: '390', width: 390, height: 844 },
  { name: '320', width: 320, height: 568 },
] as const

export const test = base.extend<VisualOptions & { shoot(name: string, mask?: Locator[]): Promise<void> }>({
  largeText: [false, { option: true }],
  page: async ({ page, largeText }, use) => {
    await page.clock.setFixedTime(FROZEN_NOW)
    await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [PREFERENCES_KEY, preferencesValue(largeText)] as const)
    await use(page)
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
export async function showWholePage(page: Page, width = VIEWPORTS[0].width): Promise<void> {
  const height = await page.evaluate(() => Math.max(innerHeight, document.documentElement.scrollHeight, ...[...document.querySelectorAll('.taro_page')].map((e) => e.scrollHeight)))
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
