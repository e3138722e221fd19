/**
 * The broken-number check can fail: on a fixture page with an amount, a masked bank card and an ID each
 * broken across lines, a small button squeezed to one character a line and a cell title broken inside its name,
 * it names exactly those five, and passes the same numbers kept whole, Chinese text that wraps between numbers,
 * a button on one line, the title kept whole and a sentence in a cell that wraps.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { expect, test } from './fixtures'
import { brokenNumbers } from './numbers'

test('the broken-number check fails on numbers split across lines, and only on them', async ({ page }) => {
  await page.setContent(readFileSync(path.join(__dirname, 'fixtures/brokenNumbers.html'), 'utf8'))
  await page.evaluate(() => document.fonts.ready)
  const problems = await brokenNumbers(page, 'fixture', [320])
  const named = (pattern: RegExp) => problems.filter((p) => pattern.test(p))
  expect(named(/^fixture @ 320 px: "¥192,635\.91" is broken across lines at tops \d+, \d+/)).toHaveLength(1)
  expect(named(/"\*\*\*\* \*\*\*\* \*\*\*\* 6782" is broken across lines at tops \d+, \d+/)).toHaveLength(1)
  expect(named(/"370902195803120013" is broken across lines/)).toHaveLength(1)
  expect(named(/"显示数字" is broken across lines/)).toHaveLength(1)
  expect(named(/"我的电子社保卡" is broken across lines/)).toHaveLength(1)
  expect(problems).toHaveLength(5)
})
