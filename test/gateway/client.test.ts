import { call, signOut } from '@/gateway/client'
import { GatewayError } from '@/gateway/errors'
import { useSession } from '@/stores/session'
import { FAULT_IDS } from '@mock/faults'
import { TEST_SMS_CODE } from '@mock/data/personas'
import { logInAs, withMockGateway } from '../support/gateway'

const { gateway, server } = withMockGateway()
const logIn = () => logInAs(gateway, gateway.state.controls.personaId)

async function codeOf(promise: Promise<unknown>) {
  try {
    await promise
  } catch (error) {
    if (error instanceof GatewayError) return error.code
    throw error
  }
  throw new Error('expected a GatewayError')
}

test('a public endpoint answers with contract-valid data', async () => {
  const cities = await call('cities', {})
  expect(cities.map((c) => c.id)).toEqual(['taian', 'kunming', 'hefei'])
})

test('an H5 visitor without a session is asked to log in', async () => {
  expect(await codeOf(call('cardStatus', {}))).toBe('UNAUTHORIZED')
})

test('the SMS login gives a session and the card shows the persona masked', async () => {
  await logIn()
  const card = await call('cardStatus', {})
  expect(card.status).toBe('level2')
  expect(card.idNumberMasked).toBe('5301**********003X')
})

test('bad input is refused before anything is sent', async () => {
  const sent = jest.fn()
  server.events.on('request:start', sent)
  expect(await codeOf(call('claimPrecheck', { name: '张志明', idNumber: '123', phone: '13708712345' }))).toBe('BAD_REQUEST')
  expect(sent).not.toHaveBeenCalled()
  server.events.removeAllListeners()
})

test.each([
  ['server-error', 'SERVER_ERROR'],
  ['timeout', 'TIMEOUT'],
  ['offline', 'NETWORK_OFFLINE'],
  ['malformed', 'MALFORMED_RESPONSE'],
  ['rate-limited', 'RATE_LIMITED'],
  ['contract-violation', 'CONTRACT_VIOLATION'],
] as const)('fault %s becomes the typed error %s', async (fault, code) => {
  gateway.setControls({ fault })
  const error = await call('cities', {}).catch((e: unknown) => e)
  expect(error).toBeInstanceOf(GatewayError)
  expect((error as GatewayError).code).toBe(code)
  expect((error as GatewayError).retryable).toBe(true)
})

test('every fault except none is covered above or by the re-auth test', () => {
  expect(FAULT_IDS.filter((f) => f !== 'none').sort()).toEqual(
    ['contract-violation', 'malformed', 'offline', 'rate-limited', 'server-error', 'session-expired', 'timeout'].sort(),
  )
})

test('a fault on one endpoint leaves the others working', async () => {
  gateway.setControls({ fault: 'server-error', faultEndpoint: 'notices' })
  expect(await codeOf(call('notices', { cityId: 'taian' }))).toBe('SERVER_ERROR')
  await expect(call('outlets', { cityId: 'taian' })).resolves.toHaveLength(3)
})

test('an expired session re-authenticates once and retries', async () => {
  await logIn()
  const firstToken = useSession.getState().token
  gateway.setControls({ fault: 'session-expired' })
  const card = await call('cardStatus', {})
  expect(card.status).toBe('level2')
  expect(useSession.getState().token).not.toBe(firstToken)
})

test('when re-authentication also fails the error reaches the caller', async () => {
  await logIn()
  gateway.reset() // the mock forgets every session and refresh token
  expect(await codeOf(call('cardStatus', {}))).toBe('SESSION_EXPIRED')
})

test('a repeated idempotency key gives the first answer and changes nothing twice', async () => {
  gateway.setControls({ personaId: 'level1' })
  await logIn()
  await call('smsSend', { purpose: 'loss' })
  const { verificationToken } = await call('smsVerify', { purpose: 'loss', code: TEST_SMS_CODE })
  const first = await call('reportLoss', { verificationToken }, { idempotencyKey: 'same-key' })
  const again = await call('reportLoss', { verificationToken }, { idempotencyKey: 'same-key' })
  expect(first.status).toBe('lost')
  expect(again).toEqual(first)
})

test('switching persona keeps the login: the same session now sees the other persona', async () => {
  await logIn()
  expect((await call('cardStatus', {})).status).toBe('level2')
  gateway.setControls({ personaId: 'lost' })
  expect((await call('cardStatus', {})).status).toBe('lost')
})

test('a network error while refreshing keeps the session: the next try can still refresh', async () => {
  await logIn()
  const { refreshToken } = useSession.getState()
  useSession.setState({ token: 'tok-gone' }) // the access token has expired at the gateway
  gateway.setControls({ fault: 'offline', faultEndpoint: 'refresh' })
  expect(await codeOf(call('cardStatus', {}))).toBe('NETWORK_OFFLINE')
  expect(useSession.getState().refreshToken).toBe(refreshToken)
  gateway.setControls({ fault: 'none' })
  expect((await call('cardStatus', {})).status).toBe('level2')
})

test('signing out revokes the session at the gateway: its tokens no longer work', async () => {
  await logIn()
  const { token, refreshToken } = useSession.getState()
  await signOut()
  expect(useSession.getState().token).toBeNull()
  expect(Object.keys(gateway.state.sessions)).not.toContain(token)
  useSession.setState({ token, refreshToken: null }) // the old access token: refused, so log in again
  expect(await codeOf(call('cardStatus', {}))).toBe('UNAUTHORIZED')
  expect(Object.keys(gateway.state.refreshTokens)).not.toContain(refreshToken)
  useSession.setState({ token: null, refreshToken }) // the old refresh token: refused too, so log in again
  expect(await codeOf(call('cardStatus', {}))).toBe('UNAUTHORIZED')
  expect(useSession.getState().refreshToken).toBeNull()
})
