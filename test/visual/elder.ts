/**
 * 长辈版 rule checks (issue 23): the page on screen measured against MIIT's《移动互联网应用（APP）适老化通用设计
 * 规范》and WeChat's 小程序适老化设计指南. Each rule gives its violations (page, element, measured value) and its
 * measured minimum, which the suite records (test-results/elder/minima.json, printed at the end).
 *
 * - text: every line of text the resident reads is ≥ 18 px in large-text mode, and the page's largest text
 *   (its title or main figure) is ≥ 30 px.
 * - line height ≥ 1.3 × the font size, for every element that draws text (`normal` counts as 1.2).
 * - paragraph spacing: a paragraph is a block of text that wraps onto two or more lines (prose, not a label);
 *   the next text below it in the same column (horizontally overlapping, first in page order) must start at
 *   least 1.3 line heights after the paragraph's last line starts (last line's box top → next line's box top),
 *   i.e. a blank gap of at least 0.3 line heights.
 * - hit area: every control (button, link, switch, input, chip, tab) is ≥ 60 × 60 px in large-text mode on the
 *   main screens (home, card tab, 我的, code page, claim steps) and ≥ 44 × 44 px everywhere else and in normal
 *   mode. The box measured is the outermost control's border box.
 * - colour is never the only cue: a selected chip has aria-pressed="true" and a visible ✓ mark; an outlet's
 *   open/closed badge carries its words; the step indicator's current step has a caption in words; a field
 *   marked aria-invalid has a visible error text, and anything painted in the danger colour carries text or an icon.
 * - grids reflow: in large-text mode a tile grid (the home page's services, 长辈版's tiles) has at most 2
 *   columns at 320 px, and every row is filled edge to edge (no tile left alone or short of the row's end, no
 *   tile lower or higher than the others in its row).
 * - nothing floats over content: no fixed or sticky element (the tester button included) overlaps a text or
 *   control outside it; no dialog, toast or mask is open without the resident having asked for it.
 * - enough time: after 30 s on the clock nothing the resident reads has changed, except inside the code's
 *   refresh region (.live-code), which must hold a polite live region that announces a new code.
 * - contrast: paintedContrast (./contrast.ts) with the 适老化 thresholds, 4.5:1 or 3:1 for text > 18 px.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { Page } from '@playwright/test'
import { paintedContrast } from './contrast'
import { defineScreenReaderOnly } from './screenReaderOnly'
import { showWholePage, VIEWPORTS } from './fixtures'

export const ELDER = {
  mainText: 18,
  largestText: 30,
  lineHeight: 1.3,
  paragraphSpacing: 1.3,
  hitLarge: 60,
  hit: 44,
  contrast: 4.5,
  contrastLarge: 3,
  idleMs: 30_000,
} as const

/** The main screens (the issue's list): 60 × 60 px controls in large-text mode. */
export const MAIN_SCREEN = /^(pages-home|pages-card|pages-me|code-show|claim-)/

/** The region whose text may change on a timer: the code and its countdown, announced by a polite live region. */
export const TIMED_REGION = '.live-code'

export type Rule = 'text' | 'largest' | 'lineHeight' | 'paragraph' | 'hit' | 'grid' | 'cue' | 'floating' | 'popup' | 'timer' | 'contrast'

/** The tile grids the grid rule measures. */
export const GRIDS = '.service-grid, .elder-tiles'

/** Columns a tile grid may have in large-text mode at 320 px. */
export const NARROW_COLUMNS = 2

export interface ElderResult {
  violations: string[]
  /** The smallest measured value per rule (px, ratio), where the rule measures one. */
  minima: Partial<Record<Rule, number>>
}

interface Options {
  /** Names the page in each violation (the state's name and the width). */
  page: string
  largeText: boolean
  mainScreen: boolean
  /** The viewport is 320 px wide: grids have at most NARROW_COLUMNS columns in large-text mode. */
  narrow?: boolean
  /** Which rules to run (default: all but timer and contrast, which the caller runs once). */
  rules?: readonly Rule[]
}

interface Measured {
  texts: { where: string; text: string; size: number; lineHeight: number; weight: number }[]
  paragraphs: { where: string; text: string; lineHeight: number; spacing: number; next: string }[]
  controls: { where: string; width: number; height: number }[]
  cues: string[]
  floating: string[]
  popups: string[]
  grids: { where: string; columns: number; tileWidth: number; ragged: string[] }[]
}

/** Runs in the page: what the rules measure, on the whole page (the caller makes the viewport as tall as it). */
function measure({ ignore, gridSelector }: { ignore: string; gridSelector: string }): Measured {
  const describe = (el: Element): string => {
    const parts: string[] = []
    for (let e: Element | null = el; e && parts.length < 3; e = e.parentElement) {
      const cls = [...e.classList].filter((c) => !c.startsWith('hydrated'))[0]
      parts.unshift(`${e.tagName.toLowerCase()}${cls ? `.${cls}` : ''}`)
    }
    return parts.join(' > ')
  }
  const label = (el: Element) => (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 24)
  const shown = (el: Element) => el.checkVisibility({ opacityProperty: true, visibilityProperty: true })
  const ignored = (el: Element) => !!el.closest(ignore)
  /** Text for screen readers only: not what the resident reads. */
  const screenReaderOnly = window.screenReaderOnly
  if (!screenReaderOnly) throw new Error('elder: defineScreenReaderOnly(page) first')
  const lineHeightOf = (style: CSSStyleDeclaration) => (style.lineHeight === 'normal' ? 1.2 * parseFloat(style.fontSize) : parseFloat(style.lineHeight))

  // Text: each element with its own visible text, once.
  const texts: Measured['texts'] = []
  const blocks: { el: Element; rects: DOMRect[]; lineHeight: number }[] = []
  const seen = new Set<Element>()
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent?.trim()
    const el = node.parentElement
    if (!text || !el || seen.has(el) || el.closest('script, style, noscript, [hidden], [aria-hidden="true"] svg') || ignored(el)) continue
    if (!shown(el) || screenReaderOnly(el)) continue
    const range = document.createRange()
    range.selectNodeContents(node)
    const rects = [...range.getClientRects()].filter((r) => r.width >= 1 && r.height >= 1)
    if (!rects.length) continue
    seen.add(el)
    const style = getComputedStyle(el)
    const size = parseFloat(style.fontSize)
    texts.push({ where: describe(el), text: text.slice(0, 24), size, lineHeight: lineHeightOf(style), weight: Number(style.fontWeight) })
    blocks.push({ el, rects, lineHeight: lineHeightOf(style) })
  }

  // Paragraphs: text that wraps (its line boxes start at two or more heights), and the text right below it.
  const paragraphs: Measured['paragraphs'] = []
  const tops = (b: (typeof blocks)[number]) => [...new Set(b.rects.map((r) => Math.round(r.top)))]
  for (const [i, block] of blocks.entries()) {
    if (tops(block).length < 2) continue
    const last = block.rects.reduce((a, r) => (r.top > a.top ? r : a))
    const left = Math.min(...block.rects.map((r) => r.left))
    const right = Math.max(...block.rects.map((r) => r.right))
    const bottom = Math.max(...block.rects.map((r) => r.bottom))
    const next = blocks
      .slice(i + 1)
      .filter((b) => !block.el.contains(b.el) && !b.el.contains(block.el))
      .map((b) => ({ b, first: b.rects.reduce((a, r) => (r.top < a.top ? r : a)) }))
      .find(({ first }) => first.top >= bottom - 1 && first.left < right && first.right > left)
    if (!next) continue
    paragraphs.push({
      where: describe(block.el),
      text: (block.el.textContent ?? '').trim().slice(0, 24),
      lineHeight: block.lineHeight,
      spacing: next.first.top - last.top,
      next: `${describe(next.b.el)} "${(next.b.el.textContent ?? '').trim().slice(0, 16)}"`,
    })
  }

  // Controls: the outermost control at each place.
  const CONTROL = [
    'button',
    'a[href]',
    'input:not([type="hidden"])',
    'textarea',
    'taro-button-core',
    'taro-switch-core',
    'taro-checkbox-core',
    'taro-radio-core',
    'taro-input-core',
    'taro-textarea-core',
    '.weui-tabbar__item',
    '[role="button"]',
    '[role="link"]',
    '[role="switch"]',
    '[role="checkbox"]',
    '[role="radio"]',
    '[role="tab"]',
  ].join(', ')
  const controls: Measured['controls'] = []
  for (const el of document.querySelectorAll(CONTROL)) {
    if (el.parentElement?.closest(CONTROL) || ignored(el) || !shown(el)) continue
    const rect = el.getBoundingClientRect()
    if (rect.width < 1 || rect.height < 1) continue
    controls.push({ where: `${describe(el)} "${label(el)}"`, width: rect.width, height: rect.height })
  }

  // Colour as the only cue.
  const cues: string[] = []
  const mark = (el: Element) => /[✓✔]/.test(getComputedStyle(el, '::before').content) || /^[✓✔]/.test(el.textContent?.trim() ?? '')
  for (const chip of document.querySelectorAll('.chip--on, .code-kinds__item--selected')) {
    if (!shown(chip)) continue
    if (chip.getAttribute('aria-pressed') !== 'true') cues.push(`selected chip ${describe(chip)} "${label(chip)}": no aria-pressed="true"`)
    if (!mark(chip)) cues.push(`selected chip ${describe(chip)} "${label(chip)}": no visible ✓ mark, only its colour`)
  }
  for (const badge of document.querySelectorAll('.open-badge__state')) {
    if (shown(badge) && !badge.textContent?.trim()) cues.push(`open/closed badge ${describe(badge)}: no words, only its colour`)
  }
  for (const steps of document.querySelectorAll('.steps')) {
    const caption = steps.querySelector('.steps__caption')
    if (shown(steps) && !(caption && shown(caption) && /第\s*\d+\s*步/.test(caption.textContent ?? ''))) {
      cues.push(`step indicator ${describe(steps)}: the current step is shown by colour only (no 第 n 步 caption)`)
    }
  }
  for (const field of document.querySelectorAll('[aria-invalid="true"]')) {
    if (!shown(field)) continue
    const ids = `${field.getAttribute('aria-describedby') ?? ''} ${field.getAttribute('aria-errormessage') ?? ''}`.split(/\s+/).filter(Boolean)
    const message = ids.map((id) => document.getElementById(id)).find((e) => e && shown(e) && e.textContent?.trim())
    if (!message) cues.push(`invalid field ${describe(field)} "${label(field)}": no visible error text tied to it`)
  }
  const danger = getComputedStyle(document.querySelector('.screen') ?? document.body)
    .getPropertyValue('--color-danger')
    .trim()
  if (/^#[0-9a-f]{6}$/i.test(danger)) {
    const rgb = `rgb(${[1, 3, 5].map((i) => parseInt(danger.slice(i, i + 2), 16)).join(', ')})`
    for (const el of document.querySelectorAll('.screen *')) {
      if (ignored(el) || !shown(el)) continue
      const style = getComputedStyle(el)
      const bordered =
        [style.borderTopColor, style.borderBottomColor].includes(rgb) && parseFloat(style.borderTopWidth) + parseFloat(style.borderBottomWidth) > 0
      const painted = style.backgroundColor === rgb || bordered
      const inked = style.color === rgb
      if (!painted && !inked) continue
      const rect = el.getBoundingClientRect()
      if (rect.width < 1 || rect.height < 1) continue
      if (!el.textContent?.trim() && !el.querySelector('[class*="icon"]') && !el.className.toString().includes('icon') && !el.getAttribute('aria-label')) {
        cues.push(`${describe(el)}: painted in the danger colour with no text or icon`)
      }
    }
  }

  // Floating elements over content, and pop-ups.
  const floating: string[] = []
  const things = [...blocks.map((b) => b.el), ...document.querySelectorAll(CONTROL)].filter((e) => shown(e))
  for (const el of document.querySelectorAll('body *')) {
    const position = getComputedStyle(el).position
    if ((position !== 'fixed' && position !== 'sticky') || !shown(el)) continue
    const box = el.getBoundingClientRect()
    if (box.width < 1 || box.height < 1) continue
    for (const other of things) {
      if (el.contains(other) || other.contains(el)) continue
      const r = other.getBoundingClientRect()
      const overlap = Math.min(box.right, r.right) - Math.max(box.left, r.left) > 1 && Math.min(box.bottom, r.bottom) - Math.max(box.top, r.top) > 1
      if (overlap && r.width >= 1 && r.height >= 1) {
        floating.push(`${describe(el)} (position: ${position}) covers ${describe(other)} "${label(other)}"`)
        break
      }
    }
  }
  const popups = [
    ...document.querySelectorAll(
      '[role="dialog"], [role="alertdialog"], .weui-dialog, .weui-toast, .weui-mask, .weui-actionsheet, .weui-half-screen-dialog, .taro__toast, .taro__modal',
    ),
  ]
    .filter((e) => shown(e) && e.getBoundingClientRect().height > 0)
    .map((e) => `${describe(e)} "${label(e)}"`)
  // Tile grids: rows of tiles (a tile starting below the row's bottom starts the next row), the columns of the
  // fullest row, and rows that do not fill the grid's width or whose tiles do not line up.
  const grids: Measured['grids'] = []
  for (const grid of document.querySelectorAll(gridSelector)) {
    if (!shown(grid)) continue
    const tiles = [...grid.children]
      .filter(shown)
      .map((e) => e.getBoundingClientRect())
      .filter((r) => r.width >= 1 && r.height >= 1)
    if (!tiles.length) continue
    const rows: DOMRect[][] = []
    for (const tile of [...tiles].sort((a, b) => a.top - b.top || a.left - b.left)) {
      const row = rows[rows.length - 1]
      if (row && tile.top < Math.max(...row.map((r) => r.bottom)) - 1) row.push(tile)
      else rows.push([tile])
    }
    const left = Math.min(...tiles.map((r) => r.left))
    const right = Math.max(...tiles.map((r) => r.right))
    const ragged: string[] = []
    rows.forEach((row, i) => {
      const tops = row.map((r) => Math.round(r.top))
      if (Math.max(...tops) - Math.min(...tops) > 1) ragged.push(`row ${i + 1}: tiles staggered (tops ${tops.join(', ')} px)`)
      const rowLeft = Math.min(...row.map((r) => r.left))
      const rowRight = Math.max(...row.map((r) => r.right))
      if (rowLeft - left > 1 || right - rowRight > 1) ragged.push(`row ${i + 1}: ${row.length} tile(s) end ${Math.round(right - rowRight)} px short of the row`)
    })
    grids.push({ where: describe(grid), columns: Math.max(...rows.map((r) => r.length)), tileWidth: Math.min(...tiles.map((r) => r.width)), ragged })
  }
  return { texts, paragraphs, controls, cues, floating, popups, grids }
}

/** Not the resident's: the mock's tester bar (in no production build) is held to the floating rule only. */
const NOT_THE_RESIDENTS = '.tester-bar, .tester-panel'

const round = (n: number) => Math.round(n * 100) / 100

/** The layout rules (text, line height, paragraphs, hit areas, cues, floating, pop-ups) on the page as it is now. */
export async function elderLayout(page: Page, options: Options): Promise<ElderResult> {
  await defineScreenReaderOnly(page)
  const m = await page.evaluate(measure, { ignore: NOT_THE_RESIDENTS, gridSelector: GRIDS })
  const rules = new Set(options.rules ?? ['text', 'largest', 'lineHeight', 'paragraph', 'hit', 'grid', 'cue', 'floating', 'popup'])
  const violations: string[] = []
  const minima: ElderResult['minima'] = {}
  const at = options.page
  const min = (rule: Rule, value: number) => (minima[rule] = round(Math.min(minima[rule] ?? Infinity, value)))
  if (options.largeText && rules.has('text')) {
    for (const t of m.texts) {
      min('text', t.size)
      if (t.size < ELDER.mainText) violations.push(`${at}: text ${t.where} "${t.text}" is ${t.size} px, needs ≥ ${ELDER.mainText} px`)
    }
  }
  if (options.largeText && rules.has('largest') && m.texts.length) {
    const largest = m.texts.reduce((a, t) => (t.size > a.size ? t : a))
    min('largest', largest.size)
    if (largest.size < ELDER.largestText) {
      violations.push(`${at}: largest text ${largest.where} "${largest.text}" is ${largest.size} px, needs ≥ ${ELDER.largestText} px`)
    }
  }
  if (options.largeText && rules.has('lineHeight')) {
    for (const t of m.texts) {
      const ratio = t.lineHeight / t.size
      min('lineHeight', ratio)
      if (ratio < ELDER.lineHeight - 0.005)
        violations.push(`${at}: line height of ${t.where} "${t.text}" is ${round(ratio)}× its ${t.size} px, needs ≥ ${ELDER.lineHeight}×`)
    }
  }
  if (options.largeText && rules.has('paragraph')) {
    for (const p of m.paragraphs) {
      const ratio = p.spacing / p.lineHeight
      min('paragraph', ratio)
      if (ratio < ELDER.paragraphSpacing - 0.005) {
        violations.push(
          `${at}: paragraph ${p.where} "${p.text}" → ${p.next}: spacing ${round(p.spacing)} px is ${round(ratio)}× its ${round(p.lineHeight)} px line height, needs ≥ ${ELDER.paragraphSpacing}×`,
        )
      }
    }
  }
  if (rules.has('hit')) {
    const needed = options.largeText && options.mainScreen ? ELDER.hitLarge : ELDER.hit
    for (const c of m.controls) {
      min('hit', Math.min(c.width, c.height))
      if (c.width < needed - 0.5 || c.height < needed - 0.5)
        violations.push(`${at}: control ${c.where} is ${round(c.width)}×${round(c.height)} px, needs ≥ ${needed}×${needed} px`)
    }
  }
  if (options.largeText && rules.has('grid')) {
    for (const g of m.grids) {
      min('grid', g.tileWidth)
      if (options.narrow && g.columns > NARROW_COLUMNS) violations.push(`${at}: grid ${g.where} has ${g.columns} columns, needs ≤ ${NARROW_COLUMNS} at 320 px`)
      violations.push(...g.ragged.map((r) => `${at}: grid ${g.where} ${r}`))
    }
  }
  if (rules.has('cue')) violations.push(...m.cues.map((c) => `${at}: colour is the only cue: ${c}`))
  if (rules.has('floating')) violations.push(...m.floating.map((f) => `${at}: floating element ${f}`))
  if (rules.has('popup')) violations.push(...m.popups.map((p) => `${at}: a pop-up is open by itself: ${p}`))
  return { violations, minima }
}

/** What the resident reads, by element (outside the timed region), to compare before and after the clock runs. */
function readable(timed: string): { outside: Record<string, string>; live: boolean } {
  const outside: Record<string, string> = {}
  const all = [...document.querySelectorAll('.screen *')]
  all.forEach((el, i) => {
    if (el.closest(timed) || el.closest('.tester-bar, .tester-panel')) return
    const own = [...el.childNodes]
      .filter((n) => n.nodeType === Node.TEXT_NODE)
      .map((n) => n.textContent?.trim())
      .join('')
    if (own) outside[`${i} ${el.tagName.toLowerCase()}.${[...el.classList][0] ?? ''}`] = own
  })
  const region = document.querySelector(timed)
  return { outside, live: !region || !!region.querySelector('[aria-live="polite"]') }
}

/** The 'enough time' rule: runs the page's clock on and compares what the resident reads. */
export async function elderTimer(page: Page, at: string): Promise<ElderResult> {
  const before = await page.evaluate(readable, TIMED_REGION)
  await page.clock.runFor(ELDER.idleMs)
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))))
  const after = await page.evaluate(readable, TIMED_REGION)
  const violations: string[] = []
  const keys = new Set([...Object.keys(before.outside), ...Object.keys(after.outside)])
  for (const key of keys) {
    if (before.outside[key] !== after.outside[key]) {
      violations.push(
        `${at}: "${before.outside[key] ?? '(nothing)'}" became "${after.outside[key] ?? '(nothing)'}" after ${ELDER.idleMs / 1000} s (${key.replace(/^\d+ /, '')})`,
      )
    }
  }
  if (!before.live) violations.push(`${at}: the code's refresh region ${TIMED_REGION} has no polite live region (aria-live="polite") to announce a new code`)
  return { violations, minima: {} }
}

/** The contrast rule with the 适老化 thresholds: 4.5:1, or 3:1 for text above 18 px. */
export async function elderContrast(page: Page, at: string): Promise<ElderResult> {
  const ratios: number[] = []
  const problems = await paintedContrast(page, { large: (size) => size > ELDER.mainText, onRatio: (r) => ratios.push(r) })
  return { violations: problems.map((p) => `${at}: contrast ${p}`), minima: ratios.length ? { contrast: round(Math.min(...ratios)) } : {} }
}

export const ELDER_RESULTS_DIR = path.resolve(__dirname, '../../test-results/elder')

/** Saves one test's minima for the report (elder-report.ts merges them after the run). */
export function recordMinima(name: string, minima: ElderResult['minima']): void {
  mkdirSync(ELDER_RESULTS_DIR, { recursive: true })
  writeFileSync(path.join(ELDER_RESULTS_DIR, `${name}.json`), JSON.stringify(minima))
}

/** Merges results and keeps the smallest value of each rule. */
export function mergeMinima(...all: ElderResult['minima'][]): ElderResult['minima'] {
  const merged: ElderResult['minima'] = {}
  for (const minima of all) {
    for (const [rule, value] of Object.entries(minima) as [Rule, number][]) merged[rule] = Math.min(merged[rule] ?? Infinity, value)
  }
  return merged
}

/**
 * Every rule on the page as it is now, at 390 and 320 px wide (the whole page in view): the layout rules in
 * both modes (normal mode: hit areas ≥ 44 px, cues, floating, pop-ups), contrast and the timer in large-text mode.
 * Records the minima under the test's name and gives every violation.
 */
export async function elderChecks(page: Page, { name, largeText, loading }: { name: string; largeText: boolean; loading: boolean }): Promise<string[]> {
  const results: ElderResult[] = []
  const mainScreen = MAIN_SCREEN.test(name)
  // While a page loads its main function is not on screen yet: no largest text to measure, no timer to run.
  const rules: readonly Rule[] = largeText
    ? ['text', 'lineHeight', 'paragraph', 'hit', 'grid', 'cue', 'floating', 'popup', ...(loading ? [] : (['largest'] as const))]
    : ['hit', 'cue', 'floating', 'popup']
  for (const viewport of [...VIEWPORTS].reverse()) {
    await showWholePage(page, viewport.width)
    const at = `${name} (${largeText ? 'large' : 'normal'}, ${viewport.width} px)`
    results.push(await elderLayout(page, { page: at, largeText, mainScreen, narrow: viewport.width === 320, rules }))
    if (largeText && viewport.width === 320) results.push(await elderContrast(page, at))
  }
  if (largeText && !loading) results.push(await elderTimer(page, `${name} (large)`))
  await page.setViewportSize(VIEWPORTS[0])
  recordMinima(`${largeText ? 'large' : 'normal'}-${name}`, mergeMinima(...results.map((r) => r.minima)))
  return results.flatMap((r) => r.violations)
}
