/**
 * @jest-environment node
 */
// The mock gateway behind a Node HTTP server (mock/http.ts), as `npm run bench` serves it beside the
// production H5 build: answers, bad requests and faults arrive over real HTTP.
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { MockGateway } from '@mock/gateway'
import { gatewayHttpHandler } from '@mock/http'

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
