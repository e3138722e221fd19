/**
 * The 长辈版 rule checks can fail: on a fixture page with one deliberate mistake of each kind they name exactly
 * those (small text, a page without 30 px text, tight lines, paragraphs without spacing, a small button, a chip
 * shown selected by colour alone, a red box with no words, a bar floating over content, a pop-up nobody asked
 * for, text that changes on a timer, a code region without a live region) and pass what is fine.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { elderLayout, elderTimer } from './elder'
import { expect, test } from './fixtures'

test('the 长辈版 rule checks fail on deliberate mistakes, and only on them', async ({ page }) => {
  await page.setContent(readFileSync(path.join(__dirname, 'fixtures/elderWrong.html'), 'utf8'))
  await page.evaluate(() => document.fonts.ready)
  const { violations, minima } = await elderLayout(page, { page: 'fixture', largeText: true, mainScreen: true, narrow: true })
  const named = (pattern: RegExp) => violations.filter((v) => pattern.test(v))
  expect(named(/^fixture: text .*p\.small "小号文字" is 14 px, needs ≥ 18 px$/)).toHaveLength(1)
  expect(named(/^fixture: largest text .*p\.title "页面标题" is 24 px, needs ≥ 30 px$/)).toHaveLength(1)
  expect(named(/^fixture: line height of .*p\.tight "挤在一起的行" is 1\.1× its 20 px, needs ≥ 1\.3×$/)).toHaveLength(1)
  expect(
    named(/^fixture: paragraph .*p\.close "这一段文字很长.*" → .*"紧跟的下一段。": spacing 32 px is 1× its 32 px line height, needs ≥ 1\.3×$/),
  ).toHaveLength(1)
  expect(named(/^fixture: control .*button\.tiny "小" is 40×40 px, needs ≥ 60×60 px$/)).toHaveLength(1)
  expect(named(/selected chip .* "只靠颜色": no aria-pressed="true"/)).toHaveLength(1)
  expect(named(/selected chip .* "只靠颜色": no visible ✓ mark/)).toHaveLength(1)
  expect(named(/div\.red-box: painted in the danger colour with no text or icon/)).toHaveLength(1)
  expect(named(/^fixture: floating element .*div\.bar \(position: fixed\) covers /)).toHaveLength(1)
  expect(named(/^fixture: a pop-up is open by itself: .*"自己弹出的框"/)).toHaveLength(1)
  expect(named(/^fixture: grid .*div\.service-grid has 3 columns, needs ≤ 2 at 320 px$/)).toHaveLength(1)
  expect(named(/^fixture: grid .*div\.service-grid row 2: 2 tile\(s\) end \d+ px short of the row$/)).toHaveLength(1)
  expect(violations).toHaveLength(12)
  expect(minima).toMatchObject({ text: 14, largest: 24, lineHeight: 1.1, paragraph: 1, hit: 40 })

  const timer = await elderTimer(page, 'fixture')
  expect(timer.violations).toEqual([
    expect.stringMatching(/^fixture: "剩余 \d+ 秒" became "剩余 \d+ 秒" after 30 s \(p\.\)$/),
    'fixture: the code\'s refresh region .live-code has no polite live region (aria-live="polite") to announce a new code',
  ])
})
