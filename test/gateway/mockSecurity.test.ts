/** The mock gateway refuses what a real gateway must: tokens looked up safely, verifications bound to their session. */
import * as v from 'valibot'
import { REFRESH_COOKIE, contract, envelopeSchema, requestParts, type EndpointId } from '@/gateway/contract'
import { MockGateway } from '@mock/gateway'
import { TEST_SMS_CODE } from '@mock/data/personas'

const BASE = 'https://gateway.test/api'

async function send(gateway: MockGateway, endpointId: EndpointId, input: Record<string, unknown>, token?: string, cookie?: string) {
  const { path, body } = requestParts(endpointId, input)
  const response = await gateway.handle({
    method: contract[endpointId].method,
    url: BASE + path,
    headers: { authorization: token === undefined ? undefined : `Bearer ${token}`, 'idempotency-key': `k-${Math.random()}`, cookie },
    body: body ? JSON.stringify(body) : undefined,
  })
  if (response.kind !== 'response') throw new Error(`unexpected ${response.kind}`)
  return v.parse(envelopeSchema, JSON.parse(response.body))
}

async function login(gateway: MockGateway): Promise<string> {
  const session = await send(gateway, 'login', { channel: 'weapp', code: 'wx-code' })
  return (session.data as { token: string }).token
}

test.each(['constructor', '__proto__', 'toString', 'hasOwnProperty'])('a session token named %s is refused', async (token) => {
  const gateway = new MockGateway({ baseUrl: BASE })
  expect((await send(gateway, 'cardStatus', {}, token)).code).toBe('SESSION_EXPIRED')
})

test.each(['constructor', '__proto__', 'toString'])('a refresh cookie named %s is refused', async (refreshToken) => {
  const gateway = new MockGateway({ baseUrl: BASE })
  expect((await send(gateway, 'refresh', {}, undefined, `${REFRESH_COOKIE}=${refreshToken}`)).code).toBe('SESSION_EXPIRED')
})

test('a verification token only works in the session that earned it', async () => {
  const gateway = new MockGateway({ baseUrl: BASE })
  gateway.setControls({ personaId: 'new' })
  const first = await login(gateway)
  expect((await send(gateway, 'smsSend', { purpose: 'claim' }, first)).code).toBe('OK')
  const verified = await send(gateway, 'smsVerify', { purpose: 'claim', code: TEST_SMS_CODE }, first)
  const { verificationToken } = verified.data as { verificationToken: string }
  const second = await login(gateway)
  expect((await send(gateway, 'issue', { verificationToken, password: '258036' }, second)).code).toBe('VERIFICATION_REQUIRED')
  expect((await send(gateway, 'issue', { verificationToken, password: '258036' }, first)).code).toBe('OK')
})

test.each(['reset', 'loss', 'unbind', 'bank', 'claim'])('an SMS for %s needs the session: refused without one', async (purpose) => {
  const gateway = new MockGateway({ baseUrl: BASE })
  expect((await send(gateway, 'smsSend', { purpose })).code).toBe('UNAUTHORIZED')
  expect((await send(gateway, 'smsSend', { purpose }, await login(gateway))).code).toBe('OK')
})

test('the login SMS alone is sent without a session, to the phone given', async () => {
  const gateway = new MockGateway({ baseUrl: BASE })
  const sent = await send(gateway, 'smsLogin', { phone: '13708712345' })
  expect(sent.code).toBe('OK')
  expect(sent.data).toMatchObject({ phoneMasked: '137****2345' })
})
