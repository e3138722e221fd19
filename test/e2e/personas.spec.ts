/** The mock gateway steered from the URL: ?persona= changes what the home page shows for the same login. */
import { expect, test } from './fixtures'
import { logIn } from './pages'

test.use({ spec: 'personas' })
test.describe.configure({ mode: 'serial' })

test('switching persona through the URL changes the e-card state on the home page', async ({ page, app, session, baseURL }) => {
  await logIn(page, baseURL!)
  const seen: Record<string, string> = {}
  for (const [persona, expected] of [
    ['level2', '已开通缴费结算'],
    ['lost', '已挂失'],
    ['new', '未申领'],
  ] as const) {
    await page.goto(`/?persona=${persona}&city=taian`)
    await app.shown('.card-entry').getByText(expected).waitFor({ timeout: 15_000 })
    seen[persona] = expected
  }
  expect(Object.keys(seen)).toEqual(['level2', 'lost', 'new'])
  await session.screenshot('personas-home-new')
})
