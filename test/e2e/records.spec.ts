/**
 * Insurance queries in a real browser on the H5 mock build: the 20-years persona logs in by SMS, opens
 * 缴费记录, filters by year, scrolls to the end of the list (infinite scroll), and opens the pension
 * chart. Prints the time to the first page of records.
 */
import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import type { Locator, Page } from 'playwright-core'
import { launch, type BrowserSession } from './browser'

const TEST_SMS_CODE = '246810'
const VETERAN_PHONE = '13955123456'

let session: BrowserSession

before(async () => {
  session = await launch('records')
})

after(async () => {
  await session?.close()
})

/** Taro H5 keeps earlier pages of the stack in the DOM (hidden): look only at the shown one. */
const shown = (page: Page, selector: string): Locator => page.locator(selector).filter({ visible: true })
const rows = (page: Page) => shown(page, '[role="listitem"]')
const input = (page: Page, label: string) => shown(page, `taro-input-core[aria-label="${label}"] input`)

test('the veteran logs in on H5 and sees the five insurances', async () => {
  const { page, baseUrl } = session
  await page.goto(`${baseUrl}/records/index/index?persona=veteran`)
  await input(page, '手机号').fill(VETERAN_PHONE)
  await shown(page, 'text=获取验证码').click()
  await input(page, '验证码').fill(TEST_SMS_CODE)
  await shown(page, 'taro-button-core:has-text("登录")').click()
  const enrolment = shown(page, '[role="list"][aria-label="五险参保状态"]')
  await enrolment.waitFor()
  assert.equal(await enrolment.locator('[role="listitem"]').count(), 5)
  assert.match((await enrolment.textContent()) ?? '', /参保日期：2003年3月1日/)
})

test('缴费记录: first page, filtered by year, scrolled to the end', async () => {
  const { page } = session
  const started = performance.now()
  await shown(page, '[role="link"][aria-label="缴费记录"]').click()
  await page.waitForURL('**/records/contributions/index')
  await rows(page).nth(19).waitFor()
  const firstPageMs = performance.now() - started
  console.log(`records e2e: time to first page of records (tap 缴费记录 → 20 rows shown): ${firstPageMs.toFixed(0)} ms`)
  assert.equal(await rows(page).count(), 20)

  const year = new Date().getFullYear() - 1
  const filterStarted = performance.now()
  await shown(page, `[role="button"][aria-label="年份：${year}年"]`).click()
  await shown(page, `[role="button"][aria-label="年份：${year}年，已选中"]`).waitFor()
  await shown(page, '[role="list"][aria-label="缴费记录，共 60 条"]').waitFor()
  await rows(page).nth(19).waitFor()
  console.log(`records e2e: time to first page after filtering by year ${year}: ${(performance.now() - filterStarted).toFixed(0)} ms`)
  assert.match((await rows(page).first().textContent()) ?? '', new RegExp(`^${year}年12月`))

  // Infinite scroll as a finger does it: up a little, down to the bottom, wait for the next page.
  const end = shown(page, 'text=没有更多了')
  const loadingMore = shown(page, '[role="status"][aria-label="正在加载更多"]')
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
  assert.equal(await rows(page).count(), 60)
  assert.match((await rows(page).last().textContent()) ?? '', new RegExp(`^${year}年1月`))
  await session.screenshot('records-contributions-end')
})

test('养老保险个人账户: the chart is drawn on the canvas, with the table beside it', async () => {
  const { page } = session
  await page.goBack({ waitUntil: 'commit' })
  await shown(page, '[role="link"][aria-label="养老保险个人账户"]').click()
  await page.waitForURL('**/records/pension/index')
  const chart = shown(page, '[role="img"][aria-label^="养老保险个人账户逐年累计额柱状图"]')
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
  assert.equal(width, Math.round(cssWidth * 2))
  const table = shown(page, '[role="table"][aria-label="养老保险个人账户逐年明细"]')
  const years = new Date().getFullYear() - 2003 + 1
  assert.equal(await table.locator('[role="row"]').count(), years + 1)
  await session.screenshot('records-pension-chart')
})

test('no console errors or uncaught page errors', () => {
  assert.deepEqual(session.errors(), [])
})
