/**
 * Opening the built app in the mini-program host for a test: the production builds (dist/weapp,
 * dist/alipay) answered by the mock gateway in Node through wx.request / my.request, or the testers'
 * builds (dist/weapp-dev, dist/alipay-dev) with the mock compiled in behind its request interceptor.
 */
import assert from 'node:assert/strict'
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import jsQR from 'jsqr'
import { PNG } from 'pngjs'
import { TEST_SMS_CODE } from '@mock/data/personas'
import { ERROR_MESSAGES } from '@/gateway/errors'
import { MockGateway } from '@mock/gateway'
import type { FaultId } from '@mock/faults'
import { detect } from '../e2e/audit'
import { MiniHost, type Engine, type HostOptions, type HostPage, type Platform } from './host/host'
import { textOf } from './host/tree'

export const ROOT = path.resolve(__dirname, '../..')
/** The production build's gateway (config/index.ts's default GATEWAY_BASE_URL). */
export const PRODUCTION_GATEWAY = 'https://gateway.esscard.example/api'
export const PLATFORMS: Platform[] = ['weapp', 'alipay']

export type Build = 'production' | 'dev'

export const outputDir = (platform: Platform, build: Build) => path.join(ROOT, 'dist', build === 'dev' ? `${platform}-dev` : platform)

export interface OpenOptions {
  platform: Platform
  build?: Build
  engine?: Engine
  persona?: string
  fault?: FaultId
  entry?: string
  device?: HostOptions['device']
  lacking?: HostOptions['lacking']
  /** How far the phone's clock runs ahead of the gateway's (production builds). */
  phoneAheadMs?: number
  /** The platform storage an earlier run left behind (a relaunch: pass the closed host's recorder.storage). */
  storage?: ReadonlyMap<string, unknown>
}

export interface OpenApp {
  host: MiniHost
  /** The Node-side gateway of a production build (undefined for a dev build, whose mock is inside). */
  gateway?: MockGateway
  page: HostPage
}

const open: MiniHost[] = []

/** Boots the app on its entry page and settles. */
export async function openApp({
  platform,
  build = 'production',
  engine,
  persona = 'level2',
  fault = 'none',
  entry,
  device,
  lacking,
  phoneAheadMs = 0,
  storage,
}: OpenOptions): Promise<OpenApp> {
  // The gateway keeps the app's time (a code's expiry), which is the host's virtual clock.
  const clock = { now: () => Date.now() }
  const gateway = build === 'production' ? new MockGateway({ baseUrl: PRODUCTION_GATEWAY, now: () => clock.now() - phoneAheadMs }) : undefined
  gateway?.setControls({ personaId: persona, fault, faultEndpoint: 'all', latencyMs: 0, autoScan: null })
  const network = gateway && ((request: Parameters<MockGateway['handle']>[0]) => gateway.handle(request))
  const host = new MiniHost({ outputDir: outputDir(platform, build), platform, engine, entry, device, network, lacking })
  clock.now = host.clock.now
  open.push(host)
  for (const [key, value] of storage ?? []) host.recorder.storage.set(key, structuredClone(value))
  const page = await host.launch()
  return { host, gateway, page }
}

/**
 * Releases every host opened so far (call in `afterEach`), after the personal-data audit: the platform
 * storage and the console must hold no ID number, mobile number, bank card number or password in clear.
 */
export function closeAll(): void {
  const findings: string[] = []
  for (const host of open.splice(0)) {
    host.dispose()
    const places: [string, string][] = [
      ...[...host.recorder.storage].map(([key, value]): [string, string] => [`storage "${key}"`, `${key}\n${JSON.stringify(value)}`]),
      ...host.console.map((entry, i): [string, string] => [`console #${i} ${entry.level}`, entry.text]),
    ]
    for (const [where, text] of places) for (const { kind } of detect(text)) findings.push(`${host.platform} ${where}: ${kind} in clear`)
  }
  assert.deepEqual(findings, [], 'personal data in the mini-program storage or console')
}

/** Fails with the host's problems: uncaught errors, console errors, calls to APIs the platform lacks. */
export function assertHealthy(host: MiniHost, where = host.current.route): void {
  assert.deepEqual(host.problems(), [], `problems on ${host.platform} at ${where}`)
}

/** Opens a page the way the app does (navigateTo or switchTab for a tab page) and settles. */
export async function go(host: MiniHost, url: string): Promise<HostPage> {
  const route = url.replace(/^\//, '').split('?')[0]
  const refusal = await host.navigate(host.tabs.includes(route) ? 'switchTab' : 'navigateTo', url)
  assert.equal(refusal, null, `navigation to ${url} refused`)
  await host.settle()
  return host.current
}

/** Waits (virtual time) until the page shows `text`; fails with the page's outline after `ms`. */
export async function waitFor(host: MiniHost, text: string | RegExp, ms = 15_000): Promise<HostPage> {
  for (let waited = 0; ; waited += 100) {
    if (host.current.has(text)) return host.current
    if (waited >= ms)
      assert.fail(`${host.platform} ${host.current.route} never showed ${String(text)}:\n${host.current.outline()}\nproblems: ${host.problems().join('\n')}`)
    await host.advance(100)
  }
}

/** What a page shows when the gateway could not be reached or answered badly: never without a fault. */
const TRANSPORT_FAILURES = [
  ERROR_MESSAGES.NETWORK_OFFLINE,
  ERROR_MESSAGES.TIMEOUT,
  ERROR_MESSAGES.MALFORMED_RESPONSE,
  ERROR_MESSAGES.CONTRACT_VIOLATION,
  ERROR_MESSAGES.SERVER_ERROR,
  ERROR_MESSAGES.BAD_REQUEST,
  ERROR_MESSAGES.UNAUTHORIZED,
  ERROR_MESSAGES.SESSION_EXPIRED,
]

export function assertNoTransportFailure(page: HostPage): void {
  const shown = TRANSPORT_FAILURES.filter((message) => page.has(message))
  assert.deepEqual(shown, [], `${page.host.platform} ${page.route} shows a failure with no fault on:\n${page.outline()}`)
}

/**
 * Buttons whose `disabled` is set to anything but true (issue 14: the app passes it only when true, so an
 * enabled button carries none; disabled={false} once painted enabled H5 buttons as disabled).
 */
export function strayDisabled(page: HostPage): string[] {
  return page
    .all((n) => n.tag === 'button' && n.attributes.disabled !== undefined && n.attributes.disabled !== true)
    .map((n) => `${n.className} "${textOf(n).trim()}" disabled=${String(n.attributes.disabled)}`)
}

/** Taps the digits on the page's on-screen keypad (passwords and PINs are never typed into an input). */
export async function keypad(host: MiniHost, digits: string): Promise<void> {
  for (const digit of digits) {
    const key = host.current.bound('tap').find((n) => n.className.includes('keypad__key') && textOf(n).trim() === digit)
    assert.ok(key, `no keypad key ${digit} on ${host.current.route}:\n${host.current.outline()}`)
    await host.current.tap(key)
  }
}

/** Sends the SMS code and types the test code into the page's SMS field. */
export async function smsCode(host: MiniHost): Promise<void> {
  await host.current.tap('获取验证码')
  await waitFor(host, /秒后可?重新获取/)
  const field = host.current.inputs().find((n) => String(n.attributes.placeholder ?? '').includes('验证码'))
  assert.ok(field, `no SMS code field on ${host.current.route}`)
  await host.current.type(field, TEST_SMS_CODE)
}

/** The QR painted on the page's canvas, rasterised and decoded as a scanner would; saved as a PNG to look at. */
export function decodeQr(host: MiniHost, canvasId = 'code-qr'): string {
  const canvas = host.recorder.canvas(host.current, canvasId)
  assert.ok(canvas, `no <canvas type="2d" id="${canvasId}"> on ${host.current.route}:\n${host.current.outline()}`)
  assert.ok(canvas.ops.length > 0, 'nothing was painted on the QR canvas')
  assert.deepEqual(canvas.unsupportedOps(), [])
  const { data, width, height } = canvas.rasterise()
  const png = new PNG({ width, height })
  png.data = Buffer.from(data)
  const results = path.join(ROOT, 'test-results/mini')
  mkdirSync(results, { recursive: true })
  writeFileSync(path.join(results, `${host.platform}-qr.png`), PNG.sync.write(png))
  const decoded = jsQR(data, width, height)
  assert.ok(decoded, 'the painted QR does not decode')
  return decoded.data
}
