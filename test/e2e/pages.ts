/**
 * Every page of the app (src/app.config.ts) with the query a real visit carries, for the audits: the axe
 * spec (a11y.spec.ts) and `npm run bench` (scripts/bench.mjs). `appConfigPages()` reads the config as text so
 * a page added there and not here fails both.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { Page } from '@playwright/test'
import { screenOf } from './screen'

export interface AuditedPage {
  path: string
  query?: string
}

export const AUDIT_PERSONA = 'level2'
/** level2's phone (on H5 any valid number logs in). */
export const AUDIT_PHONE = '13708712345'

export const AUDITED_PAGES: readonly AuditedPage[] = [
  { path: '/pages/home/index', query: 'city=kunming' },
  { path: '/pages/card/index' },
  { path: '/pages/me/index' },
  { path: '/city/leave/index', query: 'city=kunming&service=remote-medical' },
  { path: '/outlets/list/index' },
  { path: '/outlets/detail/index', query: 'id=km-civic' },
  { path: '/claim/wizard/index' },
  { path: '/claim/bank/index' },
  { path: '/claim/pin/index' },
  { path: '/claim/status/index' },
  { path: '/code/show/index' },
  { path: '/code/scan/index' },
  { path: '/records/index/index' },
  { path: '/records/contributions/index' },
  { path: '/records/medical/index' },
  { path: '/records/pension/index' },
  { path: '/records/benefits/index' },
  { path: '/manage/index/index' },
  { path: '/manage/password/index' },
  { path: '/manage/reset/index' },
  { path: '/manage/loss/index' },
  { path: '/manage/unbind/index' },
  { path: '/card/index/index' },
  { path: '/card/apply/index' },
  { path: '/card/progress/index' },
  { path: '/family/index/index' },
  { path: '/family/add/index' },
  { path: '/family/grants/index' },
  { path: '/pay/index/index' },
  // An earlier year's payment (the mock keeps one for every year before this one): the receipt.
  { path: '/pay/order/index', query: 'order=hist-2025-p-self' },
  { path: '/pay/history/index' },
]

/** The page paths of src/app.config.ts, main package and sub-packages, as `/root/page`. */
export function appConfigPages(root = process.cwd()): string[] {
  const text = readFileSync(path.join(root, 'src/app.config.ts'), 'utf8')
  const quoted = (s: string) => [...s.matchAll(/'([^']+)'/g)].map(([, p]) => p)
  const main = quoted(text.match(/pages:\s*\[([^\]]*)\]/)?.[1] ?? '').map((p) => `/${p}`)
  const subs = [...text.matchAll(/\{\s*root:\s*'([^']+)',\s*pages:\s*\[([^\]]*)\]/g)].flatMap(([, r, pages]) => quoted(pages).map((p) => `/${r}/${p}`))
  return [...main, ...subs]
}

/** Pages of app.config.ts that AUDITED_PAGES lacks (should be none). */
export const unauditedPages = (root?: string): string[] => appConfigPages(root).filter((p) => !AUDITED_PAGES.some((a) => a.path === p))

/** The tester's URL controls for the MSW build; the bench's production build takes its persona from the server. */
export const MOCK_QUERY = `persona=${AUDIT_PERSONA}&latency=0`

export const auditUrl = (baseUrl: string, page: AuditedPage, mockQuery = MOCK_QUERY): string =>
  `${baseUrl}${page.path}?${[mockQuery, page.query].filter(Boolean).join('&')}`

/** The large-text preference as the app stores it: zustand's JSON inside Taro storage's `{ data }` wrapper. */
export const PREFERENCES_KEY = 'esscard.preferences'
export const preferencesValue = (largeText: boolean): string => JSON.stringify({ data: JSON.stringify({ state: { largeText }, version: 0 }) })

/** Logs in once by SMS the way a resident does (records page: 手机号 → 获取验证码 → 验证码 → 登录). */
export async function logIn(page: Page, baseUrl: string, mockQuery = MOCK_QUERY): Promise<void> {
  const screen = screenOf(page)
  await page.goto(auditUrl(baseUrl, { path: '/records/index/index' }, mockQuery))
  await screen.smsLogIn(AUDIT_PHONE)
  await screen.shown('[role="list"][aria-label="五险参保状态"]').waitFor({ timeout: 15_000 })
}

/** Waits until a freshly opened page has rendered and its gateway answers have settled (bounded). */
export async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('load')
  await page.waitForLoadState('networkidle', { timeout: 5000 }).catch(() => undefined)
  await page.waitForFunction(() => !document.querySelector('.weui-loading, [aria-busy="true"]'), null, { timeout: 5000 }).catch(() => undefined)
  await page.waitForTimeout(300)
}

/** axe's WCAG 2.1 A/AA rules and its best practices. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']
