/** The mock gateway steered from the URL: ?persona= changes what the home page shows for the same login. */
import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import { launch, type BrowserSession } from './browser'
import { logIn } from './pages'

let session: BrowserSession

before(async () => {
  session = await launch('personas')
})

after(async () => {
  await session?.close()
})

const cardState = (session: BrowserSession) => session.page.locator('.card-entry').filter({ visible: true })

test('switching persona through the URL changes the e-card state on the home page', async () => {
  const { page, baseUrl } = session
  await logIn(page, baseUrl)
  const seen: Record<string, string> = {}
  for (const [persona, expected] of [
    ['level2', '已开通缴费结算'],
    ['lost', '已挂失'],
    ['new', '未申领'],
  ] as const) {
    await page.goto(`${baseUrl}/?persona=${persona}&city=taian`)
    await cardState(session).getByText(expected).waitFor({ timeout: 15_000 })
    seen[persona] = expected
  }
  assert.deepEqual(Object.keys(seen), ['level2', 'lost', 'new'])
  await session.screenshot('personas-home-new')
})
