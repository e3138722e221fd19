/**
 * The e2e specs' test object. A spec names its session (`test.use({ spec: 'claim' })`): that worker-scoped
 * option gives each spec file its own worker, so the spec's tests share one browser session in order
 * (`test.describe.configure({ mode: 'serial' })`) — a login, a wizard step, a reload — and the session's
 * close, after the spec's last test, fails on any Content-Security-Policy violation of its pages and runs the
 * personal-data audit (./browser.ts). `page` is the session's page, `app` finds what is shown on it
 * (./screen.ts); `largeText` is the project's mode (normal, large); `productionURL` the production build's
 * server (./security.spec.ts).
 */
import { expect, test as base } from '@playwright/test'
import { openSession, type BrowserSession } from './browser'
import { screenOf, type Screen } from './screen'

export interface E2eOptions {
  /** The project's mode: large text (适老化) or normal. */
  largeText: boolean
  /** The spec's name: labels its console log, and keeps its session apart from other specs'. */
  spec: string
  /** The production build (gateway at /api) with the mock gateway over HTTP; '' when not served (playwright.config.ts). */
  productionURL: string
}

export const test = base.extend<{ app: Screen }, E2eOptions & { session: BrowserSession }>({
  largeText: [false, { option: true, scope: 'worker' }],
  spec: ['', { option: true, scope: 'worker' }],
  productionURL: ['', { option: true, scope: 'worker' }],
  session: [
    async ({ browser, spec }, use, workerInfo) => {
      if (!spec) throw new Error("name the spec's session: test.use({ spec: '<name>' })")
      const project = workerInfo.project.name
      const session = await openSession(browser, project === 'e2e' ? spec : `${spec}-${project}`, workerInfo.project.use.baseURL)
      await use(session)
      await session.close()
    },
    { scope: 'worker' },
  ],
  page: async ({ session }, use) => {
    await use(session.page)
  },
  app: async ({ page }, use) => {
    await use(screenOf(page))
  },
})

export { expect }
