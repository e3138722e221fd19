/**
 * What the visual suite shoots: every page of src/app.config.ts as the level2 resident sees it (loaded),
 * and the key states a resident meets — loading skeleton, empty, error, keypad with a refusal, result —
 * each set up through the mock's URL controls (persona, fault, latency; README "The mock gateway for
 * testers") and, where it takes a few taps, an `act`.
 */
import type { Locator, Page } from '@playwright/test'
import { AUDITED_PAGES, type AuditedPage } from '../e2e/pages'

export interface VisualState {
  /** Screenshot name: test/visual/__screenshots__/<project>/<name>-<390|320>.png */
  name: string
  page: AuditedPage
  persona?: string
  fault?: string
  latency?: number
  /** 'loading': shoot while the gateway has not answered (a 60 s latency); default: after it settled. */
  phase?: 'loading'
  act?(page: Page): Promise<void>
  /** What differs between runs (a QR's payload, its digits) is painted over. */
  mask?(page: Page): Locator[]
}

const ECARD_PASSWORD = '147258'
const shown = (page: Page, selector: string) => page.locator(selector).filter({ visible: true })

/** Taps the digits on the on-screen keypad, as a resident does. */
export async function keypad(page: Page, digits: string): Promise<void> {
  for (const digit of digits) await shown(page, `taro-button-core.keypad__key[aria-label="${digit}"]`).first().click()
}

const nameOf = (p: AuditedPage) =>
  p.path
    .replace(/^\//, '')
    .replace(/\/index$/, '')
    .replace(/\//g, '-')
const at = (path: string, query?: string): AuditedPage => ({ path, query })

export const STATES: readonly VisualState[] = [
  ...AUDITED_PAGES.map((page): VisualState => ({ name: nameOf(page), page })),
  // Loading: the records skeleton and a page's spinner.
  { name: 'records-contributions-loading', page: at('/records/contributions/index'), latency: 60_000, phase: 'loading' },
  { name: 'code-show-loading', page: at('/code/show/index'), latency: 60_000, phase: 'loading' },
  // Empty: a resident with no records.
  { name: 'records-contributions-empty', page: at('/records/contributions/index'), persona: 'no-records' },
  { name: 'records-medical-empty', page: at('/records/medical/index'), persona: 'no-records' },
  // The outlets of the resident's city (the loaded page above has no city chosen yet: its empty state).
  { name: 'outlets-list-kunming', page: at('/outlets/list/index', 'city=kunming') },
  // Errors: the gateway down, the network gone.
  { name: 'records-contributions-error', page: at('/records/contributions/index'), fault: 'server-error' },
  { name: 'outlets-list-offline', page: at('/outlets/list/index', 'city=kunming'), fault: 'offline' },
  { name: 'code-show-error', page: at('/code/show/index'), fault: 'server-error' },
  // Other residents: no card yet, a lost card, a locked password.
  { name: 'claim-wizard-new', page: at('/claim/wizard/index'), persona: 'new' },
  { name: 'code-show-lost', page: at('/code/show/index'), persona: 'lost' },
  { name: 'code-show-locked', page: at('/code/show/index'), persona: 'locked' },
  // The one card-problem view (src/ui/CardProblem) for the other purposes: a query without a card, the card page of a lost card.
  { name: 'records-contributions-new', page: at('/records/contributions/index'), persona: 'new' },
  { name: 'claim-status-lost', page: at('/claim/status/index'), persona: 'lost' },
  // The physical card: the stages a resident comes back to, a refused photo, a guardian's child, a lost card.
  { name: 'card-progress-ready', page: at('/card/progress/index', 'id=app-seed-1'), persona: 'card-ready' },
  { name: 'card-progress-rejected', page: at('/card/progress/index', 'id=app-seed-1'), persona: 'photo-rejected' },
  { name: 'card-progress-collected', page: at('/card/progress/index', 'id=app-seed-1'), persona: 'card-collected' },
  { name: 'card-index-guardian', page: at('/card/index/index'), persona: 'card-guardian' },
  { name: 'card-index-lost', page: at('/card/index/index'), persona: 'lost' },
  // 亲情服务: the relatives, acting for the mother (her name in the band, the switcher; her code, records, insurance, physical card), her lost-card neighbour's explanation, the relative's side.
  { name: 'family-index-parents', page: at('/family/index/index'), persona: 'family' },
  { name: 'code-show-for-mother', page: at('/code/show/index', 'for=rel-a'), persona: 'family' },
  { name: 'records-contributions-for-mother', page: at('/records/contributions/index', 'for=rel-a'), persona: 'family' },
  { name: 'pay-index-for-mother', page: at('/pay/index/index', 'for=rel-a'), persona: 'family' },
  { name: 'card-progress-for-mother', page: at('/card/progress/index', 'id=app-seed-1&for=rel-a'), persona: 'family' },
  { name: 'code-show-for-lost-relative', page: at('/code/show/index', 'for=rel-d'), persona: 'family-full' },
  { name: 'family-grants-elder', page: at('/family/grants/index'), persona: 'elder' },
  // 即将离开本应用 for a service it cannot open (unknown, or its address off the allow-list).
  { name: 'city-leave-refused', page: at('/city/leave/index', 'city=kunming&service=nothing') },
  // Keypad with a refusal, a shown code, results.
  {
    name: 'manage-password-weak',
    page: at('/manage/password/index'),
    act: async (page) => {
      await keypad(page, ECARD_PASSWORD)
      await shown(page, 'text=请设置新的 6 位电子社保卡密码').waitFor()
      await keypad(page, '111111')
      await shown(page, '.keypad__error').waitFor()
    },
  },
  {
    name: 'manage-password-done',
    page: at('/manage/password/index'),
    act: async (page) => {
      await keypad(page, ECARD_PASSWORD)
      await shown(page, 'text=请设置新的 6 位电子社保卡密码').waitFor()
      await keypad(page, '258036')
      await shown(page, 'text=请再次输入新的 6 位电子社保卡密码').waitFor()
      await keypad(page, '258036')
      await shown(page, 'text=密码已修改').waitFor()
    },
  },
  {
    name: 'code-show-qr',
    page: at('/code/show/index'),
    act: async (page) => {
      await keypad(page, ECARD_PASSWORD)
      await shown(page, '.live-code__symbol').waitFor()
    },
    mask: (page) => [page.locator('.live-code__symbol'), page.locator('.live-code__digits'), page.locator('.live-code__countdown')],
  },
  // 城乡居民医保缴费: outside the collection period, two people chosen.
  { name: 'pay-index-closed', page: at('/pay/index/index'), persona: 'pay-closed' },
  {
    name: 'pay-index-chosen',
    page: at('/pay/index/index'),
    act: async (page) => {
      for (const name of ['张*福', '李*芬']) await shown(page, `[role="checkbox"][aria-label^="${name}"]`).first().click()
      await shown(page, 'text=合计（2 人）').waitFor()
    },
  },
]

export const urlOf = (state: VisualState): string =>
  `${state.page.path}?${[`persona=${state.persona ?? 'level2'}`, `fault=${state.fault ?? 'none'}`, `latency=${state.latency ?? 0}`, state.page.query].filter(Boolean).join('&')}`
