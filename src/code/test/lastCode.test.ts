/** The last code shown (for WeChat's biometric renewal) lives in memory and goes with the resident. */
import { useLastCode } from '@/code/store'
import { signOut } from '@/gateway/client'
import { useSession } from '@/stores/session'
import { withMockGateway, logInAs } from '@test/support/gateway'

const { gateway } = withMockGateway()
const SHOWN = { codeId: 'code-1', kind: 'identity' as const, unlockedAt: 1_000 }

beforeEach(async () => {
  await logInAs(gateway, 'level2')
  useLastCode.getState().unlocked(SHOWN)
})

test('kept while the resident is signed in, renewed codes keep the unlock time', () => {
  useLastCode.getState().renewed({ codeId: 'code-2', kind: 'payment' })
  expect(useLastCode.getState().lastCode).toEqual({ codeId: 'code-2', kind: 'payment', unlockedAt: 1_000 })
})

test('sign-out forgets it', async () => {
  await signOut()
  expect(useLastCode.getState().lastCode).toBeNull()
})

test('another resident’s session forgets it', () => {
  useSession.getState().setSession({ token: 't', expiresAt: Date.now() + 60_000, subject: 'someone-else' })
  expect(useLastCode.getState().lastCode).toBeNull()
})

test('never written to storage', () => {
  expect(JSON.stringify({ ...window.localStorage })).not.toContain('code-1')
})
