/**
 * 即将离开本应用 in Chromium. The mock build: a website service's tile opens the step, and 继续前往 leaves this
 * tab for the catalogue's allow-listed address (the national site is answered by Playwright's routing, so no
 * network is used). The production build (gateway at /api over real HTTP, so its answers can be rewritten on
 * the way): a catalogue whose service points anywhere else breaks the contract and is refused whole — the grid
 * shows 加载失败, no tile, and the browser never asks for the other host, neither from home nor from the step.
 */
import type { Page, Request } from '@playwright/test'
import { expect, test } from './fixtures'
import { settle } from './pages'

test.use({ spec: 'leave' })
test.describe.configure({ mode: 'serial' })

const NATIONAL = 'https://fuwu.nhsa.gov.cn/'
const NO_PRODUCTION = 'no production build served (E2E_PRODUCTION_PORT): run through npm run test:e2e (test/e2e/run.mjs)'

/** The app's own hosts: the served build, and the mock build's gateway (answered inside the page by MSW). */
const OWN_HOSTS = ['127.0.0.1', 'gateway.esscard.example']

/** Every request the page makes to any other host. */
function outsideRequests(page: Page): string[] {
  const seen: string[] = []
  const listener = (request: Request) => {
    if (!OWN_HOSTS.includes(new URL(request.url()).hostname)) seen.push(request.url())
  }
  page.on('request', listener)
  return seen
}

test('a website tile opens 即将离开本应用; 继续前往 leaves this tab for the allow-listed address', async ({ page, app, session }) => {
  const outside = outsideRequests(page)
  let served = 0
  await page.route('https://fuwu.nhsa.gov.cn/**', (route) => {
    served += 1
    return route.fulfill({ contentType: 'text/html; charset=utf-8', body: '<!doctype html><title>国家医保服务平台</title><p>测试替身</p>' })
  })
  await page.goto('/?city=kunming')
  await app.shown(page.getByRole('button', { name: '异地就医备案', exact: true })).click()
  await page.waitForURL('**/city/leave/index?city=kunming&service=remote-medical')
  const step = app.shown(page.getByRole('alert'))
  await expect(step).toContainText('即将离开本应用')
  await expect(step).toContainText('“异地就医备案”')
  await expect(step).toContainText('您将离开本应用')
  await expect(step).toContainText('国家医保服务平台')
  await expect(step).toContainText('fuwu.nhsa.gov.cn')
  await expect(app.button('返回')).toBeVisible()
  expect(outside).toEqual([])
  await session.screenshot('leave-step')

  await app.button('继续前往').click()
  await page.waitForURL(NATIONAL)
  await expect(page).toHaveTitle('国家医保服务平台')
  expect([served, outside]).toEqual([1, [NATIONAL]])

  // Back into the app: the step is still there, 返回 goes back to the services.
  await page.goBack()
  await page.waitForURL('**/city/leave/index?city=kunming&service=remote-medical')
  await app.button('返回').click()
  await page.waitForURL('**/pages/home/index**')
  // The home page's requests answered before the next test navigates away: a request cut off in the middle of
  // MSW's worker asking this page for its answer ends as net::ERR_FAILED on the console.
  await settle(page)
  await page.unroute('https://fuwu.nhsa.gov.cn/**')
})

test('production: a catalogue service pointing off the allow-list is refused whole; nothing leaves the site', async ({ page, app, productionURL }) => {
  expect(productionURL, NO_PRODUCTION).not.toBe('')
  const outside = outsideRequests(page)
  await page.route('https://**/*', (route) => route.abort())
  // As the gateway answers, the production build shows the website tile…
  await page.goto(`${productionURL}/?city=kunming`)
  await expect(app.shown(page.getByRole('button', { name: '异地就医备案', exact: true }))).toBeVisible({ timeout: 15_000 })
  // …and not once its address is changed on the way.
  await page.route(`${productionURL}/api/cities/*/services`, async (route) => {
    const answer = await route.fetch()
    const envelope = (await answer.json()) as { data: { categories: { services: { id: string; url?: string }[] }[] } }
    for (const service of envelope.data.categories.flatMap((c) => c.services))
      if (service.id === 'remote-medical') service.url = 'https://fuwu.nhsa.gov.cn@evil.example/'
    await route.fulfill({ response: answer, json: envelope })
  })

  await page.goto(`${productionURL}/?city=kunming`)
  await expect(app.text('加载失败')).toBeVisible({ timeout: 15_000 })
  await expect(app.shown(page.getByRole('button', { name: '异地就医备案', exact: true }))).toHaveCount(0)

  // A link straight to the step: it reads the same catalogue, and opens nothing.
  await page.goto(`${productionURL}/city/leave/index?city=kunming&service=remote-medical`)
  await expect(app.text('加载失败')).toBeVisible({ timeout: 15_000 })
  await expect(app.button('继续前往')).toHaveCount(0)
  expect(outside).toEqual([])
  await page.unrouteAll({ behavior: 'wait' })
  await page.goto('/?city=kunming')
})

test('no console errors or uncaught page errors', ({ session }) => {
  expect(session.errors()).toEqual([])
})
