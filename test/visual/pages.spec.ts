/**
 * Every page and key state (./states.ts), in the project's mode (normal / large text): compared with its
 * baselines at 390×844 and 320×568, no number broken across lines at 320 and 390 px (./numbers.ts), then the
 * painted-contrast check (./contrast.ts) over the whole page at 390 px wide, and the 长辈版 rules (./elder.ts)
 * at 390 and 320 px.
 */
import { unauditedPages } from '../e2e/pages'
import { paintedContrast } from './contrast'
import { elderChecks } from './elder'
import { brokenNumbers } from './numbers'
import { expect, settled, showWholePage, test } from './fixtures'
import { STATES, urlOf } from './states'

test('every page of app.config.ts is shot', () => {
  expect(unauditedPages()).toEqual([])
})

for (const state of STATES) {
  test(state.name, async ({ page, shoot, largeText }) => {
    await page.goto(urlOf(state))
    if (state.phase === 'loading') {
      await page.locator('.skeleton, .weui-loading').filter({ visible: true }).first().waitFor()
    } else {
      await settled(page)
    }
    await expect(page.locator('.screen--large')).toHaveCount(largeText ? 1 : 0)
    if (state.act) {
      await state.act(page)
      await settled(page)
    }
    await shoot(state.name, state.mask?.(page))
    expect(await brokenNumbers(page, state.name), `${state.name}: numbers broken across lines`).toEqual([])
    await showWholePage(page)
    expect(await paintedContrast(page), `${state.name}: painted contrast`).toEqual([])
    expect(await elderChecks(page, { name: state.name, largeText, loading: state.phase === 'loading' }), `${state.name}: 长辈版 rules`).toEqual([])
  })
}
