/**
 * The browser the e2e specs, the visual suite and `npm run bench` drive: Chromium's flags, a phone's
 * viewport, and one spec's session (./fixtures.ts) — a fresh browser context that records every console
 * message and page error, and whose close fails on any Content-Security-Policy violation of any of its pages
 * (the build is served with the host's CSP, scripts/serve.mjs), then runs the personal-data audit (./audit.ts) on
 * the H5 storage and the console output, so no spec can forget either.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { Browser, BrowserContext, BrowserContextOptions, Page } from '@playwright/test'
import { assertNoPersonalData, readStorage, type StorageDump } from './audit'

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/** A phone-sized viewport (iPhone 12–15 class). */
export const MOBILE_VIEWPORT = { width: 390, height: 844 }

/** The e2e specs' phone: touch, a 2× screen, Chinese locale and China's time zone. */
export const E2E_PHONE: BrowserContextOptions = {
  viewport: MOBILE_VIEWPORT,
  isMobile: true,
  hasTouch: true,
  deviceScaleFactor: 2,
  locale: 'zh-CN',
  timezoneId: 'Asia/Shanghai',
}

/** Where the specs' screenshots and console logs go. */
export const RESULTS_DIR = path.resolve(__dirname, '../../test-results/e2e')

export interface ConsoleEntry {
  /** 'log' | 'info' | 'warning' | 'error' | 'debug' | ... ; 'pageerror' for uncaught exceptions. */
  type: string
  text: string
  /** The script or resource the message came from, when the browser tells. */
  source?: string
  /** The page URL when the message was logged. */
  pageUrl: string
  at: string
}

export interface BrowserSession {
  context: BrowserContext
  page: Page
  /** Every console message and uncaught page error so far, in order. */
  console: ConsoleEntry[]
  /** Console errors and page errors, without the favicon 404 that every static host produces. */
  errors(): ConsoleEntry[]
  /** Saves a full-page screenshot to test-results/e2e/<name>.png and returns its path. */
  screenshot(name: string): Promise<string>
  /** A password or PIN the spec typed, for the audit to look for besides the known test ones. */
  typedSecret(value: string): void
  /** The Content-Security-Policy violations so far (each page's securitypolicyviolation events and CSP console errors). */
  cspViolations(): ConsoleEntry[]
  /**
   * Closes; throws if any page broke the Content-Security-Policy, or if storage or console hold personal data in
   * clear (naming key and kind).
   */
  close(): Promise<void>
}

/** Marks the console line the init script writes for each securitypolicyviolation event. */
export const CSP_MARK = '[csp-violation]'

/** Runs in every page before its own scripts: reports each CSP violation on the console, where the session sees it. */
function reportCspViolations(mark: string): void {
  document.addEventListener('securitypolicyviolation', (event) => {
    console.error(
      `${mark} ${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile || event.documentURI}:${event.lineNumber}`,
    )
  })
}

const isCspViolation = (entry: ConsoleEntry) => entry.text.startsWith(CSP_MARK) || /Content Security Policy/i.test(entry.text)

/** Opens one spec's browser context. `name` labels the console log written on close. */
export async function openSession(browser: Browser, name: string, baseURL?: string): Promise<BrowserSession> {
  const context = await browser.newContext({ ...E2E_PHONE, baseURL })
  context.setDefaultTimeout(10_000)
  await context.addInitScript(reportCspViolations, CSP_MARK)

  const entries: ConsoleEntry[] = []
  const now = () => new Date().toISOString()
  const watch = (page: Page) => {
    page.on('console', (message) => {
      const location = message.location()
      entries.push({ type: message.type(), text: message.text(), source: location.url || undefined, pageUrl: page.url(), at: now() })
    })
    page.on('pageerror', (error) => {
      entries.push({ type: 'pageerror', text: `${error.name}: ${error.message}`, pageUrl: page.url(), at: now() })
    })
  }
  context.on('page', watch)
  const page = await context.newPage()

  const secrets: string[] = []
  let closed = false
  return {
    context,
    page,
    console: entries,
    errors: () => entries.filter((e) => (e.type === 'error' || e.type === 'pageerror') && !(e.source ?? '').endsWith('/favicon.ico')),
    async screenshot(shot: string) {
      mkdirSync(RESULTS_DIR, { recursive: true })
      const file = path.join(RESULTS_DIR, `${shot}.png`)
      await page.screenshot({ path: file, fullPage: true })
      return file
    },
    typedSecret(value: string) {
      secrets.push(value)
    },
    cspViolations: () => entries.filter(isCspViolation),
    async close() {
      if (closed) return
      closed = true
      let stored: StorageDump | Error
      try {
        stored = await readStorage(page, context)
      } catch (error) {
        stored = error instanceof Error ? error : new Error(String(error))
      }
      await context.close()
      mkdirSync(RESULTS_DIR, { recursive: true })
      writeFileSync(path.join(RESULTS_DIR, `console-${name}.json`), JSON.stringify(entries, null, 2) + '\n')
      const violations = entries.filter(isCspViolation)
      if (violations.length) {
        throw new Error(`Content-Security-Policy violated ${violations.length}×: ${violations.map((v) => `${v.text} (page ${v.pageUrl})`).join('; ')}`)
      }
      if (stored instanceof Error) throw new Error(`personal-data audit could not read the page's storage: ${stored.message}`)
      assertNoPersonalData(stored, entries, secrets)
    },
  }
}
