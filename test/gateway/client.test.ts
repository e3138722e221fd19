import { call, signOut } from '@/gateway/client'
import { GatewayError } from '@/gateway/errors'
import { REFRESH_COOKIE } from '@/gateway/contract'
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
  gateway.reset() // the mock forgets every session and refresh token (and the cookie)
  expect(await codeOf(call('cardStatus', {}))).toBe('UNAUTHORIZED')
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

/** The refresh cookie the gateway holds for this (emulated) browser: never in the app's stores. */
const refreshCookie = () => gateway.state.browserCookies[REFRESH_COOKIE]

test('H5 keeps no refresh token: the gateway sets it as an HttpOnly cookie, and a reload refreshes with it', async () => {
  await logIn()
  expect(JSON.stringify(useSession.getState())).not.toContain('ref-')
  expect(refreshCookie()).toMatch(/^ref-/)
  useSession.setState({ token: null, expiresAt: 0 }) // a reload: the access token lived in memory only
  expect(localStorage.getItem('esscard.session')).not.toMatch(/tok-|ref-/)
  expect((await call('cardStatus', {})).status).toBe('level2')
  expect(useSession.getState().token).not.toBeNull()
})

test('a network error while refreshing keeps the session: the next try can still refresh', async () => {
  await logIn()
  const cookie = refreshCookie()
  useSession.setState({ token: 'tok-gone' }) // the access token has expired at the gateway
  gateway.setControls({ fault: 'offline', faultEndpoint: 'refresh' })
  expect(await codeOf(call('cardStatus', {}))).toBe('NETWORK_OFFLINE')
  expect(useSession.getState().subject).not.toBeNull()
  expect(refreshCookie()).toBe(cookie)
  gateway.setControls({ fault: 'none' })
  expect((await call('cardStatus', {})).status).toBe('level2')
})

test('signing out revokes the session at the gateway and clears the refresh cookie', async () => {
  await logIn()
  const { token, subject } = useSession.getState()
  const cookie = refreshCookie()
  await signOut()
  expect(useSession.getState().token).toBeNull()
  expect(refreshCookie()).toBeUndefined()
  expect(Object.keys(gateway.state.sessions)).not.toContain(token)
  expect(Object.keys(gateway.state.refreshTokens)).not.toContain(cookie)
  useSession.setState({ token }) // the old access token: refused, and no cookie to refresh with, so log in again
  expect(await codeOf(call('cardStatus', {}))).toBe('UNAUTHORIZED')
  gateway.state.browserCookies[REFRESH_COOKIE] = cookie // the old refresh cookie, replayed: refused too
  useSession.setState({ token: null, subject })
  expect(await codeOf(call('cardStatus', {}))).toBe('SESSION_EXPIRED')
  expect(useSession.getState().token).toBeNull()
})

test('signing out after a reload (no access token in memory yet) still revokes through the cookie', async () => {
  await logIn()
  const cookie = refreshCookie()
  useSession.setState({ token: null, expiresAt: 0 }) // a reload
  await signOut()
  expect(refreshCookie()).toBeUndefined()
  expect(Object.keys(gateway.state.refreshTokens)).not.toContain(cookie)
  expect(Object.keys(gateway.state.sessions)).toHaveLength(0)
})
