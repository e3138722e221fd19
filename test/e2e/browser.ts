/**
 * Shared e2e helper: launches Debian's Chromium through playwright-core with a fresh profile and a phone
 * viewport, and records every console message and page error of the session. The messages stay on the
 * session (and are written to test-results/ on close). Closing runs the personal-data audit (./audit.ts) on
 * the H5 storage and the console output, so no spec can forget it.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { chromium, type BrowserContext, type Page } from 'playwright-core'
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
  baseUrl: string
  /** Every console message and uncaught page error so far, in order. */
  console: ConsoleEntry[]
  /** Console errors and page errors, without the favicon 404 that every static host produces. */
  errors(): ConsoleEntry[]
  /** Saves a full-page screenshot to test-results/<name>.png and returns its path. */
  screenshot(name: string): Promise<string>
  /** A password or PIN the spec typed, for the audit to look for besides the known test ones. */
  typedSecret(value: string): void
  /** Audits storage and console for personal data in clear (throws naming key and kind), then closes. */
  close(): Promise<void>
}

function requireEnv(name: string): string {
  const value = process.env[name]
  if (!value) throw new Error(`${name} is not set: run the e2e tests through \`npm run test:e2e\` (test/e2e/run.mjs)`)
  return value
}

export const resultsDir = (): string => path.resolve(process.env.E2E_RESULTS_DIR ?? 'test-results')

/** Starts Chromium for one spec. `name` labels the console log written on close. */
export async function launch(name: string): Promise<BrowserSession> {
  const baseUrl = requireEnv('E2E_BASE_URL').replace(/\/$/, '')
  const executablePath = requireEnv('E2E_CHROMIUM')
  const profile = mkdtempSync(path.join(tmpdir(), 'esscard-e2e-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: MOBILE_VIEWPORT,
    isMobile: true,
    hasTouch: true,
    deviceScaleFactor: 2,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  })
  context.setDefaultTimeout(10_000)

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
  context.pages().forEach(watch)
  context.on('page', watch)
  const page = context.pages()[0] ?? (await context.newPage())

  const secrets: string[] = []
  let closed = false
  return {
    context,
    page,
    baseUrl,
    console: entries,
    errors: () => entries.filter((e) => (e.type === 'error' || e.type === 'pageerror') && !(e.source ?? '').endsWith('/favicon.ico')),
    async screenshot(shot: string) {
      mkdirSync(resultsDir(), { recursive: true })
      const file = path.join(resultsDir(), `${shot}.png`)
      await page.screenshot({ path: file, fullPage: true })
      return file
    },
    typedSecret(value: string) {
      secrets.push(value)
    },
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
      rmSync(profile, { recursive: true, force: true })
      mkdirSync(resultsDir(), { recursive: true })
      writeFileSync(path.join(resultsDir(), `console-${name}.json`), JSON.stringify(entries, null, 2) + '\n')
      if (stored instanceof Error) throw new Error(`personal-data audit could not read the page's storage: ${stored.message}`)
      assertNoPersonalData(stored, entries, secrets)
    },
  }
}
