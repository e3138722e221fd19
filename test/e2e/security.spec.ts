/**
 * The host's security headers and H5's tokens in Chromium. Every spec's session runs under the build's CSP and
 * fails on a violation (./browser.ts); here: that a violation really fails a session, the production build (no
 * mock code, gateway at /api over real HTTP, playwright.config.ts's second webServer) under its CSP, and its
 * refresh token as an HttpOnly cookie — nothing token-like in script-readable storage, the session restored
 * after a reload, and revoked by 退出登录.
 */
import { REFRESH_COOKIE } from '../../src/gateway/contract'
import { CSP_MARK, openSession } from './browser'
import { expect, test } from './fixtures'
import { logIn } from './pages'

test.use({ spec: 'security' })
test.describe.configure({ mode: 'serial' })

const NO_PRODUCTION = 'no production build served (E2E_PRODUCTION_PORT): run through npm run test:e2e (test/e2e/run.mjs)'

test('an inline script injected into the page is blocked by the CSP, and the session fails on the violation', async ({ browser, baseURL }) => {
  const probe = await openSession(browser, 'security-probe', baseURL)
  const { page } = probe
  const response = await page.goto('/')
  const csp = response?.headers()['content-security-policy'] ?? ''
  expect(csp).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/=]+'/)
  expect(csp).toMatch(/frame-ancestors 'none'/)
  const violation = page.waitForEvent('console', (message) => message.text().startsWith(CSP_MARK))
  const ran = await page.evaluate(() => {
    const script = document.createElement('script')
    script.textContent = 'window.__injected = true'
    document.head.append(script)
    return (window as unknown as { __injected?: boolean }).__injected === true
  })
  await violation
  expect(ran).toBe(false)
  expect(probe.cspViolations().length).toBeGreaterThan(0)
  await expect(probe.close()).rejects.toThrow(/Content-Security-Policy violated/)
})

test('the production build serves its host headers and opens under its CSP', async ({ page, app, session, productionURL }) => {
  expect(productionURL, NO_PRODUCTION).not.toBe('')
  const response = await page.goto(productionURL + '/')
  const headers = response?.headers() ?? {}
  expect(headers['content-security-policy']).toMatch(/connect-src 'self'; /)
  expect(headers['content-security-policy']).toMatch(/worker-src 'none'/)
  expect(headers['strict-transport-security']).toMatch(/max-age=\d+/)
  expect(headers['referrer-policy']).toBe('no-referrer')
  expect(headers['x-content-type-options']).toBe('nosniff')
  expect(headers['permissions-policy']).toMatch(/camera=\(\)/)
  await expect(app.text('电子社保卡')).toBeVisible()
  expect(session.cspViolations()).toEqual([])
})

test('production H5: the refresh token is an HttpOnly cookie, storage holds no token, a reload keeps the session, 退出登录 revokes', async ({
  page,
  app,
  session,
  productionURL,
}) => {
  expect(productionURL, NO_PRODUCTION).not.toBe('')
  const { context } = session
  await logIn(page, productionURL, '')
  const refresh = (await context.cookies(productionURL + '/api/session/refresh')).find((c) => c.name === REFRESH_COOKIE)
  expect(refresh, `no ${REFRESH_COOKIE} cookie (Chromium takes Secure cookies from http://127.0.0.1 as a secure context)`).toBeDefined()
  expect(refresh).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Strict', path: '/api/session' })
  const readable = await page.evaluate(() => ({
    cookie: document.cookie,
    stored: JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }),
  }))
  expect(readable.cookie).not.toContain(REFRESH_COOKIE)
  expect(readable.stored, 'token-like value in storage').not.toMatch(/\b(tok|ref)-\d+/)

  await page.reload()
  await expect(app.visible(page.locator('[role="list"][aria-label="五险参保状态"]'))).toBeVisible()

  await page.goto(productionURL + '/manage/index/index')
  const loggedOut = page.waitForResponse((r) => r.url().endsWith('/api/session/logout'))
  await app.button('退出登录').click()
  expect((await loggedOut).status()).toBe(200)
  expect((await context.cookies(productionURL + '/api/session/refresh')).find((c) => c.name === REFRESH_COOKIE)).toBeUndefined()
  await page.goto(productionURL + '/records/index/index')
  await expect(app.input('手机号')).toBeVisible()
})
