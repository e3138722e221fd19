/**
 * The painted-contrast check can fail: on a fixture page with one deliberate mistake of each kind it names
 * exactly those (grey text, small grey text, faded text, a white-on-white keypad key, a primary button
 * in the wrong green) and passes what is fine (body, secondary and large text, a disabled primary button,
 * a screen-reader-only table row that is drawn nowhere on purpose).
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { paintedContrast } from './contrast'
import { expect, test } from './fixtures'

test('the painted-contrast check fails on deliberately wrong colours, and only on them', async ({ page }) => {
  await page.setContent(readFileSync(path.join(__dirname, 'fixtures/wrongColours.html'), 'utf8'))
  await page.evaluate(() => document.fonts.ready)
  const problems = await paintedContrast(page)
  const named = (pattern: RegExp) => problems.filter((p) => pattern.test(p))
  expect(named(/"浅灰文字": #aaaaaa on #ffffff is 2\.32:1, needs 4\.5:1/)).toHaveLength(1)
  expect(named(/"小号浅灰": #8a8a8a on #ffffff is 3\.4\d:1, needs 4\.5:1/)).toHaveLength(1)
  expect(named(/"半透明文字": #bababa on #ffffff is 1\.9\d:1, needs 4\.5:1/)).toHaveLength(1)
  expect(named(/button\.keypad__key "1": #ffffff on #ffffff is 1\.00:1/)).toHaveLength(1)
  expect(named(/"登录": enabled primary button painted #9ed99d, not the brand colour #067d40/)).toHaveLength(1)
  expect(problems).toHaveLength(5)
})
