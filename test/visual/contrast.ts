/**
 * The painted-contrast check (issue 14): what a resident sees, not what the DOM says. For every visible
 * line of text and every filled input (and its placeholder) on screen, the colour behind it is read from
 * the screenshot's pixels (the most common colour in the text's own box), the text colour is the computed
 * `color` alpha-blended (its alpha times every ancestor's opacity) over that background, and the pair must
 * meet WCAG AA: 4.5:1, or 3:1 for large text (≥ 24 px, or ≥ 18.66 px bold). A box whose pixels hold no ink
 * at all is text that is not painted. Every enabled primary button (.weui-btn_primary without
 * `disabled`) must be painted in the brand colour (--color-brand). axe missed the white-on-white keypad
 * because it files 1:1 and one-character failures as "incomplete" (see README).
 */
import type { Page } from '@playwright/test'
import { PNG } from 'pngjs'
import { defineScreenReaderOnly } from './screenReaderOnly'

type Rgb = [number, number, number]

interface TextBox {
  what: string
  where: string
  x: number
  y: number
  width: number
  height: number
  /** Computed colour with its alpha already multiplied by the ancestors' opacity. */
  color: [number, number, number, number]
  size: number
  weight: number
}

interface ButtonBox {
  where: string
  x: number
  y: number
  width: number
  height: number
}

interface Painted {
  /** CSS px of the layout viewport; the screenshot must have as many pixels, or boxes and pixels disagree. */
  width: number
  texts: TextBox[]
  primaries: ButtonBox[]
  brand: string
}

/** Runs in the page: the boxes of visible text, inputs and enabled primary buttons, topmost at their centre. */
function collect(): Painted {
  const screenReaderOnly = window.screenReaderOnly
  if (!screenReaderOnly) throw new Error('contrast: defineScreenReaderOnly(page) first')
  const describe = (el: Element): string => {
    const parts: string[] = []
    for (let e: Element | null = el; e && parts.length < 3; e = e.parentElement) {
      const cls = [...e.classList].filter((c) => !c.startsWith('hydrated'))[0]
      parts.unshift(`${e.tagName.toLowerCase()}${cls ? `.${cls}` : ''}`)
    }
    return parts.join(' > ')
  }
  const parseColor = (value: string): [number, number, number, number] => {
    const m = value.match(/rgba?\(([^)]+)\)/)
    if (!m) return [0, 0, 0, 1]
    const [r, g, b, a = '1'] = m[1].split(/[\s,/]+/).filter(Boolean)
    return [Number(r), Number(g), Number(b), Number(a)]
  }
  const opacity = (el: Element | null): number => {
    let o = 1
    for (let e = el; e; e = e.parentElement) o *= Number(getComputedStyle(e).opacity)
    return o
  }
  const onTop = (el: Element, x: number, y: number) => {
    const hit = document.elementFromPoint(x, y)
    return !!hit && (hit === el || el.contains(hit) || hit.contains(el))
  }
  const inView = (r: DOMRect) => r.width >= 2 && r.height >= 2 && r.left >= 0 && r.top >= 0 && r.right <= innerWidth && r.bottom <= innerHeight
  const texts: TextBox[] = []
  const add = (el: Element, what: string, rect: DOMRect, style: CSSStyleDeclaration, color: string) => {
    if (!inView(rect) || !onTop(el, rect.left + rect.width / 2, rect.top + rect.height / 2)) return
    const [r, g, b, a] = parseColor(color)
    texts.push({
      what,
      where: describe(el),
      x: rect.left,
      y: rect.top,
      width: rect.width,
      height: rect.height,
      color: [r, g, b, a * opacity(el)],
      size: parseFloat(style.fontSize),
      weight: Number(style.fontWeight),
    })
  }
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent?.trim()
    const el = node.parentElement
    if (!text || !el || el.closest('script, style, noscript, [hidden]')) continue
    if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue
    if (screenReaderOnly(el)) continue
    const style = getComputedStyle(el)
    const range = document.createRange()
    range.selectNodeContents(node)
    for (const rect of range.getClientRects()) add(el, text.slice(0, 30), rect, style, style.color)
  }
  for (const input of document.querySelectorAll('input, textarea')) {
    const field = input as HTMLInputElement
    const typed = field.tagName === 'TEXTAREA' || ['text', 'search', 'tel', 'number', 'password', 'email', 'url'].includes(field.type)
    if (!typed || !field.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue
    const style = getComputedStyle(field)
    const rect = field.getBoundingClientRect()
    // Only the part of the box where the characters are: a line-height tall strip at the left padding.
    const lineHeight = Math.min(rect.height, parseFloat(style.fontSize) * 1.4)
    const box = new DOMRect(
      rect.left + parseFloat(style.paddingLeft),
      rect.top + (rect.height - lineHeight) / 2,
      Math.min(rect.width, parseFloat(style.fontSize) * 4),
      lineHeight,
    )
    if (field.value) add(field, `input "${field.value.slice(0, 20)}"`, box, style, style.color)
    else if (field.placeholder) add(field, `placeholder "${field.placeholder.slice(0, 20)}"`, box, style, getComputedStyle(field, '::placeholder').color)
  }
  const primaries: ButtonBox[] = []
  for (const button of document.querySelectorAll('.weui-btn_primary:not([disabled])')) {
    const rect = button.getBoundingClientRect()
    if (!button.checkVisibility({ opacityProperty: true, visibilityProperty: true }) || !inView(rect)) continue
    if (!onTop(button, rect.left + 4, rect.top + rect.height / 2)) continue
    primaries.push({
      where: `${describe(button)} "${button.textContent?.trim().slice(0, 20)}"`,
      x: rect.left,
      y: rect.top,
      width: rect.width,
      height: rect.height,
    })
  }
  const screen = document.querySelector('.screen') ?? document.body
  return { width: innerWidth * (visualViewport?.scale ?? 1), texts, primaries, brand: getComputedStyle(screen).getPropertyValue('--color-brand').trim() }
}

const channel = (c: number) => {
  const s = c / 255
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
}
const luminance = ([r, g, b]: Rgb) => 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
export const contrastRatio = (a: Rgb, b: Rgb): number => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x)
  return (hi + 0.05) / (lo + 0.05)
}
const blend = ([r, g, b, a]: [number, number, number, number], [br, bg, bb]: Rgb): Rgb => [r * a + br * (1 - a), g * a + bg * (1 - a), b * a + bb * (1 - a)]
const hex = (c: Rgb) => `#${c.map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`
const parseHex = (value: string): Rgb | null => {
  const m = value.match(/^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i)
  return m ? [parseInt(m[1], 16), parseInt(m[2], 16), parseInt(m[3], 16)] : null
}

/** The pixels of a box in the screenshot: the most common colour (the background) and every pixel. */
function pixels(png: PNG, box: { x: number; y: number; width: number; height: number }): { background: Rgb; all: Rgb[] } {
  const all: Rgb[] = []
  const counts = new Map<number, { n: number; sum: Rgb }>()
  const [x0, y0] = [Math.max(0, Math.round(box.x)), Math.max(0, Math.round(box.y))]
  const [x1, y1] = [Math.min(png.width, Math.round(box.x + box.width)), Math.min(png.height, Math.round(box.y + box.height))]
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      const i = (y * png.width + x) * 4
      const rgb: Rgb = [png.data[i], png.data[i + 1], png.data[i + 2]]
      all.push(rgb)
      const key = ((rgb[0] >> 2) << 12) | ((rgb[1] >> 2) << 6) | (rgb[2] >> 2) // 6 bits a channel: near-equal pixels count together
      const bin = counts.get(key) ?? { n: 0, sum: [0, 0, 0] }
      bin.n++
      bin.sum = [bin.sum[0] + rgb[0], bin.sum[1] + rgb[1], bin.sum[2] + rgb[2]]
      counts.set(key, bin)
    }
  }
  const top = [...counts.values()].sort((a, b) => b.n - a.n)[0]
  const background: Rgb = top ? [top.sum[0] / top.n, top.sum[1] / top.n, top.sum[2] / top.n] : [255, 255, 255]
  return { background, all }
}

export interface ContrastOptions {
  /** Text that needs only 3:1; default WCAG's large text: ≥ 24 px, or ≥ 18.66 px bold. */
  large?(size: number, weight: number): boolean
  /** Called with each text's measured ratio (the 长辈版 rules record the smallest). */
  onRatio?(ratio: number): void
}

const wcagLarge = (size: number, weight: number) => size >= 24 || (size >= 18.66 && weight >= 700)

/** The problems on screen now, one line each (empty: every text and primary button passes). */
export async function paintedContrast(page: Page, { large = wcagLarge, onRatio }: ContrastOptions = {}): Promise<string[]> {
  // The boxes must be where the pixels are: read them before and after the screenshot, and shoot again
  // while anything moved (a late re-render after the viewport grew put the 测试 box on the background).
  await defineScreenReaderOnly(page)
  let painted = await page.evaluate(collect)
  let png = PNG.sync.read(await page.screenshot({ animations: 'disabled', caret: 'hide', scale: 'css' }))
  for (let tries = 1; ; tries++) {
    const after = await page.evaluate(collect)
    if (JSON.stringify(after) === JSON.stringify(painted)) break
    if (tries === 5) throw new Error('paintedContrast: the page kept moving between screenshots')
    painted = after
    png = PNG.sync.read(await page.screenshot({ animations: 'disabled', caret: 'hide', scale: 'css' }))
  }
  if (Math.abs(png.width - painted.width) > 1) throw new Error(`screenshot ${png.width} px wide, page ${painted.width} CSS px: zoomed (no viewport meta?)`)
  const problems: string[] = []
  for (const box of painted.texts) {
    const { background, all } = pixels(png, box)
    const text = blend(box.color, background)
    const ratio = contrastRatio(text, background)
    onRatio?.(ratio)
    const needed = large(box.size, box.weight) ? 3 : 4.5
    if (ratio < needed) {
      problems.push(`${box.where} "${box.what}": ${hex(text)} on ${hex(background)} is ${ratio.toFixed(2)}:1, needs ${needed}:1`)
      continue
    }
    const ink = Math.max(...all.map((p) => contrastRatio(p, background)))
    if (ink < 1.5) problems.push(`${box.where} "${box.what}": not painted (no pixel in its box differs from ${hex(background)})`)
  }
  const brand = parseHex(painted.brand)
  if (!brand) problems.push(`--color-brand is "${painted.brand}", not a #rrggbb colour`)
  for (const button of brand ? painted.primaries : []) {
    const { background } = pixels(png, button)
    if (Math.max(...background.map((v, i) => Math.abs(v - brand![i]))) > 6) {
      problems.push(`${button.where}: enabled primary button painted ${hex(background)}, not the brand colour ${painted.brand}`)
    }
  }
  return problems
}
