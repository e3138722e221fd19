/**
 * Insurance queries in a real browser on the H5 mock build: the 20-years persona logs in by SMS, opens
 * 缴费记录, filters by year, scrolls to the end of the list (infinite scroll), and opens the pension
 * chart. Prints the time to the first page of records.
 */
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

const VETERAN_PHONE = '13955123456'

test.use({ spec: 'records' })
test.describe.configure({ mode: 'serial' })

const rows = (page: Page) => page.locator('[role="listitem"]').filter({ visible: true })

test('the veteran logs in on H5 and sees the five insurances', async ({ page, app }) => {
  await page.goto('/records/index/index?persona=veteran')
  await app.smsLogIn(VETERAN_PHONE)
  const enrolment = app.shown('[role="list"][aria-label="五险参保状态"]')
  await enrolment.waitFor()
  expect(await enrolment.locator('[role="listitem"]').count()).toBe(5)
  expect((await enrolment.textContent()) ?? '').toMatch(/参保日期：2003年3月1日/)
})

test('缴费记录: first page, filtered by year, scrolled to the end', async ({ page, app, session }) => {
  const { shown } = app
  const started = performance.now()
  await shown('[role="link"][aria-label="缴费记录"]').click()
  await page.waitForURL('**/records/contributions/index')
  await rows(page).nth(19).waitFor()
  const firstPageMs = performance.now() - started
  console.log(`records e2e: time to first page of records (tap 缴费记录 → 20 rows shown): ${firstPageMs.toFixed(0)} ms`)
  expect(await rows(page).count()).toBe(20)

  const year = new Date().getFullYear() - 1
  const filterStarted = performance.now()
  await shown(`[role="button"][aria-label="年份：${year}年"]`).click()
  await shown(`[role="button"][aria-label="年份：${year}年"][aria-pressed="true"]`).waitFor()
  await shown('[role="list"][aria-label="缴费记录，共 60 条"]').waitFor()
  await rows(page).nth(19).waitFor()
  console.log(`records e2e: time to first page after filtering by year ${year}: ${(performance.now() - filterStarted).toFixed(0)} ms`)
  expect((await rows(page).first().textContent()) ?? '').toMatch(new RegExp(`^${year}年12月`))

  // Infinite scroll as a finger does it: up a little, down to the bottom, wait for the next page.
  const end = shown('text=没有更多了')
  const loadingMore = shown('[role="status"][aria-label="正在加载更多"]')
  for (let i = 0; i < 10 && !(await end.isVisible()); i++) {
    const before = await rows(page).count()
    await page.mouse.wheel(0, -400)
    await page.waitForTimeout(100)
    await page.mouse.wheel(0, 20_000)
    await page
      .waitForFunction(
        ([selector, count]) => document.querySelectorAll(selector).length > count || !!document.querySelector('.list-footer__end'),
        ['[role="listitem"]', before] as const,
        { timeout: 3000 },
      )
      .catch(() => undefined)
    await loadingMore.waitFor({ state: 'hidden' })
  }
  await end.waitFor()
  expect(await rows(page).count()).toBe(60)
  expect((await rows(page).last().textContent()) ?? '').toMatch(new RegExp(`^${year}年1月`))
  await session.screenshot('records-contributions-end')
})

test('养老保险个人账户: the chart is drawn on the canvas, with the table beside it', async ({ page, app, session }) => {
  const { shown } = app
  await page.goBack({ waitUntil: 'commit' })
  await shown('[role="link"][aria-label="养老保险个人账户"]').click()
  await page.waitForURL('**/records/pension/index')
  const chart = shown('[role="img"][aria-label^="养老保险个人账户逐年累计额柱状图"]')
  await chart.waitFor()
  const canvas = chart.locator('canvas')
  // Drawn: the canvas has painted (non-transparent) pixels, at the device pixel ratio.
  await page.waitForFunction(
    (el) => {
      const c = el as HTMLCanvasElement
      const data = c.getContext('2d')?.getImageData(0, 0, c.width, c.height).data
      if (!data) return false
      let painted = 0
      for (let i = 3; i < data.length; i += 4) if (data[i] > 0) painted++
      return painted > 1000
    },
    await canvas.elementHandle(),
  )
  const { width, cssWidth } = await canvas.evaluate((el) => ({ width: (el as HTMLCanvasElement).width, cssWidth: el.getBoundingClientRect().width }))
  expect(width).toBe(Math.round(cssWidth * 2))
  const table = shown('[role="table"][aria-label="养老保险个人账户逐年明细"]')
  const years = new Date().getFullYear() - 2003 + 1
  expect(await table.locator('[role="row"]').count()).toBe(years + 1)
  await session.screenshot('records-pension-chart')
})

test('no console errors or uncaught page errors', ({ session }) => {
  expect(session.errors()).toEqual([])
})
