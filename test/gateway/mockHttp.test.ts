/**
 * @jest-environment node
 */
// The mock gateway behind a Node HTTP server (mock/http.ts), as `npm run bench` serves it beside the
// production H5 build: answers, bad requests and faults arrive over real HTTP.
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { MockGateway } from '@mock/gateway'
import { gatewayHttpHandler } from '@mock/http'
import { TEST_SMS_CODE } from '@mock/data/personas'
import { REFRESH_COOKIE } from '@/gateway/contract'

let server: Server
let gateway: MockGateway
let base: string

beforeEach(async () => {
  gateway = new MockGateway({ baseUrl: 'http://127.0.0.1/api' })
  const handle = gatewayHttpHandler(gateway)
  server = createServer((req, res) => void handle(req, res))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`
})

afterEach(async () => {
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
})

test('answers an endpoint with the envelope, not cached', async () => {
  const response = await fetch(`${base}/cities`)
  expect(response.status).toBe(200)
  expect(response.headers.get('cache-control')).toBe('no-store')
  const body = (await response.json()) as { code: string; data: unknown[] }
  expect(body.code).toBe('OK')
  expect(body.data.length).toBeGreaterThan(0)
})

test('reads a JSON body and refuses a bad one with BAD_REQUEST', async () => {
  const response = await fetch(`${base}/session/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: '{"channel":"h5","phone":"123"}',
  })
  expect(response.status).toBe(400)
  expect(((await response.json()) as { code: string }).code).toBe('BAD_REQUEST')
})

test('the offline fault drops the connection', async () => {
  gateway.setControls({ fault: 'offline' })
  await expect(fetch(`${base}/cities`)).rejects.toThrow()
})

test('H5 login sets the refresh token as an HttpOnly, Secure, SameSite=Strict cookie for the session endpoints only; logout clears it', async () => {
  await fetch(`${base}/session/sms`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ phone: '13708712345' }) })
  const login = await fetch(`${base}/session/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ channel: 'h5', phone: '13708712345', smsCode: TEST_SMS_CODE }),
  })
  const body = (await login.json()) as { code: string; data: Record<string, unknown> }
  expect(body.code).toBe('OK')
  expect(Object.keys(body.data).sort()).toEqual(['expiresAt', 'subject', 'token']) // no refresh token script could read
  const cookie = login.headers.get('set-cookie') ?? ''
  const [pair, ...attributes] = cookie.split('; ')
  expect(pair).toMatch(new RegExp(`^${REFRESH_COOKIE}=ref-`))
  expect(attributes).toEqual(expect.arrayContaining(['HttpOnly', 'Secure', 'SameSite=Strict', 'Path=/api/session']))

  const refreshed = await fetch(`${base}/session/refresh`, { method: 'POST', headers: { 'Content-Type': 'application/json', Cookie: pair }, body: '{}' })
  expect(((await refreshed.json()) as { code: string }).code).toBe('OK')
  const rotated = (refreshed.headers.get('set-cookie') ?? '').split('; ')[0]
  expect(rotated).not.toBe(pair) // rotated: the old one is spent

  const logout = await fetch(`${base}/session/logout`, { method: 'POST', headers: { 'Content-Type': 'application/json', Cookie: rotated }, body: '{}' })
  expect(logout.headers.get('set-cookie')).toMatch(new RegExp(`^${REFRESH_COOKIE}=; .*Max-Age=0`))
  const again = await fetch(`${base}/session/refresh`, { method: 'POST', headers: { 'Content-Type': 'application/json', Cookie: rotated }, body: '{}' })
  expect(((await again.json()) as { code: string }).code).toBe('SESSION_EXPIRED')
})
