/**
 * No number broken across lines (issue 22): measured from the rendered boxes, not guessed from CSS. In
 * every visible text node each number-like run — an amount (¥192,635.91), a year, a date or time, an ID
 * (370902195803120013, ending in X), a masked number whose groups are joined by spaces
 * (**** **** **** 6782, 139 **** 1234) — is wrapped in a DOM Range; if the Range's client rects lie on more
 * than one line, the run is broken. The words of small buttons (.weui-btn_mini: 显示数字, 刷新) are held to the
 * same rule, and so is a cell's title when it is one short name (≤ 10 characters, no space or punctuation:
 * 我的电子社保卡 broke into 我的电子社 / 保卡 at 320 px in large text): a name that does not fit must be laid out
 * to wrap around it, not through it. Checked at each width the caller names (320 and 390 px).
 */
import type { Page } from '@playwright/test'
import { showWholePage } from './fixtures'

export interface BrokenNumber {
  text: string
  /** Tops (CSS px) of the lines the run is spread over. */
  tops: number[]
}

/** Runs in the page: every number-like run whose rendered boxes lie on more than one line. */
function findBroken(): BrokenNumber[] {
  // A number: digits or mask stars with their separators, at least two characters, optionally after ¥.
  const group = String.raw`[¥￥]?[0-9*][0-9*,.:×/-]*[0-9X*]`
  // Masked card, phone or ID groups joined by single spaces are one number.
  const run = new RegExp(String.raw`${group}(?:[ \u00a0]${group})*`, 'g')
  const splitGroups = /[ \u00a0]/
  const broken: BrokenNumber[] = []
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent ?? ''
    if (!/[0-9]/.test(text) || node.parentElement?.closest('script, style, noscript')) continue
    for (const match of text.matchAll(run)) {
      // Groups joined by spaces count as one number only when one of them is masked; otherwise each alone.
      const pieces: { at: number; text: string }[] = []
      if (match[0].includes('*')) pieces.push({ at: match.index, text: match[0] })
      else {
        let at = match.index
        for (const piece of match[0].split(splitGroups)) {
          pieces.push({ at, text: piece })
          at += piece.length + 1
        }
      }
      for (const piece of pieces) {
        if (!/[0-9]/.test(piece.text) || piece.text.length < 2) continue
        const range = document.createRange()
        range.setStart(node, piece.at)
        range.setEnd(node, piece.at + piece.text.length)
        const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0)
        if (rects.length < 2) continue
        // One line: every box overlaps the first one's vertical middle (mixed fonts move a box a pixel or two).
        const lines: DOMRect[] = []
        for (const r of rects) {
          if (!lines.some((l) => r.top < l.top + l.height / 2 && r.bottom > l.top + l.height / 2)) lines.push(r)
        }
        if (lines.length > 1) broken.push({ text: piece.text, tops: lines.map((l) => Math.round(l.top)) })
      }
    }
  }
  // Small buttons' words stay on one line too: 显示数字 was squeezed into a one-character-wide strip. So do
  // cells' titles that are one short name (a sentence in a cell may wrap).
  const shortName = /^[\p{L}\p{N}]{2,10}$/u
  const cellTitles = [...document.querySelectorAll('.weui-cell__bd, .weui-cell__hd, .weui-label, .weui-cells__title')].filter(
    (title) => title.children.length === 0 && shortName.test((title.textContent ?? '').trim()),
  )
  for (const button of [...document.querySelectorAll('.weui-btn_mini'), ...cellTitles]) {
    const rects: DOMRect[] = []
    const texts = document.createTreeWalker(button, NodeFilter.SHOW_TEXT)
    for (let node = texts.nextNode(); node; node = texts.nextNode()) {
      const range = document.createRange()
      range.selectNodeContents(node)
      rects.push(...[...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0))
    }
    const tops = [...new Set(rects.map((r) => Math.round(r.top)))]
    const text = (button.textContent ?? '').trim()
    if (text && tops.length > 1 && Math.max(...tops) - Math.min(...tops) > 4) broken.push({ text, tops })
  }
  return broken
}

/** Numbers broken across lines on the page at each width, named `page @ width px: "text" on lines at tops …`. */
export async function brokenNumbers(page: Page, name: string, widths: readonly number[] = [320, 390]): Promise<string[]> {
  const problems: string[] = []
  for (const width of widths) {
    await showWholePage(page, width)
    for (const { text, tops } of await page.evaluate(findBroken)) {
      problems.push(`${name} @ ${width} px: "${text}" is broken across lines at tops ${tops.join(', ')}`)
    }
  }
  return problems
}
