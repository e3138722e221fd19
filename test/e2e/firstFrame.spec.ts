/**
 * Paint before the JS runs (scripts/routeShells.mjs): every page's HTML carries its first frame. With the app's
 * scripts blocked, each page shows its title, its layout and the tab bar (tab pages) or 返回 (the others); with the
 * scripts, the app replaces that frame with its own at 320 px, in normal and large-text mode, pixel for pixel and
 * without a layout shift. The gateway's answers are held (the mock's latency), so the app's frame is its first
 * one, for a resident who has logged in on this device and chosen a city, as the build prerenders it.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { Page } from '@playwright/test'
import { PNG } from 'pngjs'
import { MOBILE_VIEWPORT, RESULTS_DIR, openSession, type BrowserSession } from './browser'
import { expect, test } from './fixtures'
import { AUDITED_PAGES, AUDIT_PERSONA, PREFERENCES_KEY, appConfigPages, auditUrl, logIn, preferencesValue, settle } from './pages'

test.use({ spec: 'firstFrame' })

const root = path.resolve(__dirname, '../..')
const TAB_PAGES = ['/pages/home/index', '/pages/card/index', '/pages/me/index']
const HELD_ANSWERS = `persona=${AUDIT_PERSONA}&latency=60000`
const PHONE_320 = { width: 320, height: 568 }
/** Pixels that may differ (anti-aliasing); a misplaced line of text is hundreds. */
const MAX_DIFFERENT_PIXELS = 40

/** The page's title as its config names it (Taro's router sets document.title from it). */
const configTitle = (page: string): string => {
  const config = readFileSync(path.join(root, 'src', `${page}.config.ts`), 'utf8')
  const title = /navigationBarTitleText:\s*'([^']+)'/.exec(config)?.[1]
  if (!title) throw new Error(`no navigationBarTitleText in src${page}.config.ts`)
  return title
}

/** What the app keeps for a resident who has used it here: a session subject, a chosen city, the text mode. */
const residentStorage = (largeText: boolean): [string, string][] => [
  ['esscard.session', JSON.stringify({ data: JSON.stringify({ state: { subject: 'e2e' }, version: 0 }) })],
  ['esscard.city', JSON.stringify({ data: JSON.stringify({ state: { cityId: 'kunming' }, version: 0 }) })],
  [PREFERENCES_KEY, preferencesValue(largeText)],
]

async function openPhone(
  browser: Parameters<typeof openSession>[0],
  name: string,
  baseURL: string,
  largeText: boolean,
  scripts: boolean,
): Promise<BrowserSession> {
  const session = await openSession(browser, name, baseURL)
  await session.page.setViewportSize(PHONE_320)
  await session.context.addInitScript((entries) => entries.forEach(([key, value]) => localStorage.setItem(key, value)), residentStorage(largeText))
  if (!scripts) await session.context.route('**/js/**', (route) => route.abort())
  return session
}

/** The spinners turn (each from its own start): masked. */
const shot = (page: Page): Promise<Buffer> => page.screenshot({ animations: 'disabled', caret: 'hide', mask: [page.locator('.weui-loading')] })

function differentPixels(a: Buffer, b: Buffer): number {
  const [x, y] = [PNG.sync.read(a), PNG.sync.read(b)]
  if (x.width !== y.width || x.height !== y.height) return Infinity
  let different = 0
  for (let i = 0; i < x.data.length; i += 4) {
    if ([0, 1, 2].some((c) => Math.abs(x.data[i + c] - y.data[i + c]) > 24)) different++
  }
  return different
}

for (const largeText of [false, true]) {
  test(`every page's HTML draws its first frame before the scripts run, and the app replaces it unchanged (${largeText ? 'large text' : 'normal'})`, async ({
    browser,
    baseURL,
  }) => {
    test.setTimeout(240_000)
    const mode = largeText ? 'large' : 'normal'
    const before = await openPhone(browser, `firstFrame-shell-${mode}`, baseURL ?? '', largeText, false)
    const after = await openPhone(browser, `firstFrame-app-${mode}`, baseURL ?? '', largeText, true)
    try {
      for (const page of appConfigPages(root)) {
        const url = `${page}?${HELD_ANSWERS}`
        // The document as served (one request: an extra one on a kept-alive socket could meet the server closing it).
        const html = await (await before.page.goto(url))?.text()
        expect(html, `${page}: its HTML has no first frame`).toContain('id="route-shell"')
        const shell = before.page.locator('#route-shell')
        expect(await before.page.title(), `${page}: title`).toBe(configTitle(page))
        const drawn = shell.locator(largeText ? '.route-shell__large' : '.route-shell__normal')
        await expect(drawn, `${page}: the frame of the mode`).toBeVisible()
        if (TAB_PAGES.includes(page)) {
          await expect(drawn.locator('.weui-tabbar__label'), `${page}: tab bar`).toHaveText(['首页', '电子社保卡', '我的'])
        } else {
          await expect(drawn.getByText('‹ 返回'), `${page}: 返回`).toBeVisible()
        }
        const shellShot = await shot(before.page)

        await after.page.goto(url)
        await after.page.waitForFunction(() => !document.getElementById('route-shell') && document.querySelector('.taro_page .screen'))
        const shifts = await after.page.evaluate(
          () =>
            new Promise<number>((resolve) => {
              let sum = 0
              new PerformanceObserver((list) => list.getEntries().forEach((entry) => (sum += (entry as PerformanceEntry & { value: number }).value))).observe({
                type: 'layout-shift',
                buffered: true,
              })
              requestAnimationFrame(() => requestAnimationFrame(() => resolve(sum)))
            }),
        )
        expect(shifts, `${page}: layout shift while the app replaced its first frame`).toBe(0)
        const appShot = await shot(after.page)
        const different = differentPixels(shellShot, appShot)
        if (different > MAX_DIFFERENT_PIXELS) {
          mkdirSync(RESULTS_DIR, { recursive: true })
          writeFileSync(path.join(RESULTS_DIR, `firstFrame-${mode}${page.replaceAll('/', '-')}-html.png`), shellShot)
          writeFileSync(path.join(RESULTS_DIR, `firstFrame-${mode}${page.replaceAll('/', '-')}-app.png`), appShot)
        }
        expect(different, `${page}: pixels that differ between the HTML's frame and the app's`).toBeLessThanOrEqual(MAX_DIFFERENT_PIXELS)
      }
    } finally {
      await before.close()
      await after.close()
    }
  })
}

/** One largest-contentful-paint entry, described when it was reported. */
interface LcpEntry {
  at: number
  size: number
  element: string
}

/** Runs in the page before its scripts: records the largest-contentful-paint entries. */
function recordLcp() {
  const w = window as unknown as { lcp: LcpEntry[] }
  w.lcp = []
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & { element: Element | null; size: number })[]) {
      const element = entry.element
      const text = (element?.textContent ?? '').trim().slice(0, 24)
      w.lcp.push({
        at: Math.round(entry.startTime),
        size: entry.size,
        element: element ? `${element.tagName.toLowerCase()}.${element.className.split(' ')[0]} ${text}` : '(gone)',
      })
    }
  }).observe({ type: 'largest-contentful-paint', buffered: true })
}

const largestPaint = (page: Page): Promise<LcpEntry[]> => page.evaluate(() => (window as unknown as { lcp: LcpEntry[] }).lcp)

for (const largeText of [false, true]) {
  test(`every page's largest contentful paint is in its HTML: nothing larger comes with the gateway's answers (${largeText ? 'large text' : 'normal'})`, async ({
    browser,
    baseURL,
  }) => {
    test.setTimeout(240_000)
    const mode = largeText ? 'large' : 'normal'
    const html = await openPhone(browser, `firstFrame-lcp-html-${mode}`, baseURL ?? '', largeText, false)
    const app = await openSession(browser, `firstFrame-lcp-app-${mode}`, baseURL ?? '')
    try {
      await logIn(app.page, baseURL ?? '')
      await app.context.addInitScript(
        (entries) => entries.forEach(([key, value]) => localStorage.setItem(key, value)),
        [[PREFERENCES_KEY, preferencesValue(largeText)]],
      )
      for (const session of [html, app]) await session.context.addInitScript(recordLcp)
      await html.page.setViewportSize(MOBILE_VIEWPORT)
      const misses: string[] = []
      for (const page of AUDITED_PAGES) {
        const url = auditUrl(baseURL ?? '', page)
        await html.page.goto(url)
        await html.page.waitForFunction(() => (window as unknown as { lcp: LcpEntry[] }).lcp.length > 0)
        const first = (await largestPaint(html.page)).at(-1)!
        const tab = await app.context.newPage()
        await tab.goto(url)
        await settle(tab)
        const last = (await largestPaint(tab)).at(-1)
        if (!last || last.size > first.size) misses.push(`${page.path}: HTML ${first.size} px² ${first.element} < app ${last?.size} px² ${last?.element}`)
        await tab.close()
      }
      expect(misses, 'pages whose largest contentful paint comes after the HTML').toEqual([])
    } finally {
      await html.close()
      await app.close()
    }
  })
}
