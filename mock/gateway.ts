/**
 * The mock gateway: one plain async function from a request description to a response description.
 * It checks the request against the contract, applies the tester's fault, runs the endpoint's
 * handler and wraps the answer in the envelope. msw.ts and interceptor.ts adapt it to MSW (H5 and
 * Node tests) and to a Taro request interceptor (mini-program development builds).
 */
import * as v from 'valibot'
import { REFRESH_COOKIE, contract, matchEndpoint, type EndpointId } from '@/gateway/contract'
import { ERROR_MESSAGES, type ErrorCode } from '@/gateway/errors'
import { MockError, actingFor, handlers, type HandlerContext } from './handlers'
import { advanceCardApplication, settleCardFee } from './handlers/card'
import type { PlatformPayment } from '@/gateway/schema'
import { createState, own, personaOf, type MockControls, type MockState } from './state'

export interface MockRequest {
  method: string
  url: string
  headers: Record<string, string | undefined>
  /** JSON text or an already-parsed object (Taro's request data). */
  body?: unknown
}

export type MockResponse = { kind: 'response'; status: number; headers: Record<string, string>; body: string } | { kind: 'offline' } | { kind: 'timeout' }

const STATUS: Partial<Record<ErrorCode, number>> = {
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  SESSION_EXPIRED: 401,
  NOT_FOUND: 404,
  CITY_UNKNOWN: 404,
  TICKET_UNKNOWN: 404,
  PHOTO_TOO_LARGE: 413,
  RATE_LIMITED: 429,
  SERVER_ERROR: 500,
}

/** Marks mock responses; the production-bundle test looks for this string and fails if found. */
export const MOCK_SENTINEL = 'esscard-mock-gateway-v1'

export interface MockGatewayOptions {
  baseUrl: string
  now?: () => number
  /** Persistence (localStorage on H5); the state holds no personal data in clear. */
  load?: () => MockState | undefined
  save?: (state: MockState) => void
}

export class MockGateway {
  state: MockState
  /**
   * First answers by endpoint, login and Idempotency-Key, for replays. In memory only, never in the
   * persisted state: an answer may hold a code's digits.
   */
  private readonly replays = new Map<string, string>()
  private readonly options: MockGatewayOptions
  private readonly basePath: string

  constructor(options: MockGatewayOptions) {
    this.options = options
    this.basePath = new URL(options.baseUrl).pathname.replace(/\/$/, '')
    this.state = options.load?.() ?? createState()
  }

  private now(): number {
    return this.options.now?.() ?? Date.now()
  }

  private persist(): void {
    this.options.save?.(this.state)
  }

  /**
   * Switch persona (a fresh state for it, keeping the device's logins so a tester need not log in
   * again), fault, latency or simulated scan.
   */
  setControls(change: Partial<MockControls>): void {
    const next = { ...this.state.controls, ...change }
    if (next.personaId !== this.state.controls.personaId) {
      const { sessions, refreshTokens, seq, browserCookies } = this.state
      this.state = { ...createState(next), sessions, refreshTokens, seq, browserCookies }
    } else {
      if (next.fault === 'session-expired' && this.state.controls.fault !== 'session-expired') this.state.sessionCutoff = this.state.seq
      this.state.controls = next
    }
    this.persist()
  }

  /** Back to the persona's starting state; the controls stay. */
  reset(): void {
    this.replays.clear()
    this.state = createState(this.state.controls)
    this.persist()
  }

  /** The tester panel's 推进制卡进度: the newest application under way moves to its next stage. */
  advanceCardStage(): void {
    advanceCardApplication({ state: this.state, persona: this.persona, now: this.now() })
    this.persist()
  }

  /** The payment platform's notice for a card fee (false: the payment is for something else). */
  settleCardFee(payment: PlatformPayment): boolean {
    const settled = settleCardFee(this.state, payment)
    this.persist()
    return settled
  }

  /** A change from outside the endpoints (the payment platform settling a payment), kept like theirs. */
  update<T>(change: (state: MockState, now: number) => T): T {
    const result = change(this.state, this.now())
    this.persist()
    return result
  }

  get persona() {
    return personaOf(this.state.controls.personaId)
  }

  /**
   * `cookieJar`: the transport cannot carry cookies (MSW: a service worker's Set-Cookie is ignored; Node's
   * fetch keeps none), so the gateway plays the browser's cookie jar in its own state — as the browser
   * would, out of the app's reach. Over real HTTP (mock/http.ts) the browser keeps the cookie.
   */
  async handle(request: MockRequest, { cookieJar = false } = {}): Promise<MockResponse> {
    const { latencyMs } = this.state.controls
    if (latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, latencyMs))
    this.state.browserCookies ??= {}
    // A tester's state saved before 亲情服务 existed: the persona's family, as a fresh state has it.
    this.state.family ??= createState(this.state.controls).family
    const jar = this.state.browserCookies
    const sent = cookieJar
      ? {
          ...request,
          headers: {
            ...request.headers,
            cookie: Object.entries(jar)
              .map(([k, value]) => `${k}=${value}`)
              .join('; '),
          },
        }
      : request
    const response = this.respond(sent)
    if (cookieJar && response.kind === 'response' && response.headers['Set-Cookie']) {
      const { 'Set-Cookie': setCookie, ...headers } = response.headers
      const [pair, ...attributes] = setCookie.split('; ')
      const [name, value] = pair.split('=')
      if (attributes.includes('Max-Age=0')) delete jar[name]
      else jar[name] = value
      this.persist()
      return { ...response, headers }
    }
    this.persist()
    return response
  }

  /** The Set-Cookie header for H5's refresh token (the contract's REFRESH_COOKIE); null clears it. */
  private refreshCookieHeader(value: string | null): string {
    const attributes = `Path=${this.basePath}/session; HttpOnly; Secure; SameSite=Strict`
    return value === null ? `${REFRESH_COOKIE}=; ${attributes}; Max-Age=0` : `${REFRESH_COOKIE}=${value}; ${attributes}; Max-Age=${REFRESH_COOKIE_MAX_AGE_S}`
  }

  private respond(request: MockRequest): MockResponse {
    const url = new URL(request.url)
    const path = url.pathname.startsWith(this.basePath) ? url.pathname.slice(this.basePath.length) : url.pathname
    const match = matchEndpoint(request.method, path)
    if (!match) return this.error('NOT_FOUND')
    const { endpointId, params } = match
    const spec = contract[endpointId]

    const { fault, faultEndpoint } = this.state.controls
    const faulty = fault !== 'none' && (faultEndpoint === 'all' || faultEndpoint === endpointId)
    if (faulty) {
      if (fault === 'offline') return { kind: 'offline' }
      if (fault === 'timeout') return { kind: 'timeout' }
      if (fault === 'server-error') return this.error('SERVER_ERROR')
      if (fault === 'rate-limited') return this.error('RATE_LIMITED', { retryAfterSeconds: 3 }, { 'Retry-After': '3' })
      if (fault === 'malformed') return this.raw(200, '{"code":"OK","data":{"status":')
      if (fault === 'contract-violation') return this.envelope(200, 'OK', { unexpected: true })
    }

    const { uploadFault } = this.state.controls
    if (endpointId === 'cardPhotoUpload' && uploadFault === 'interrupted') return { kind: 'offline' }
    if (endpointId === 'cardPhotoUpload' && uploadFault === 'too-large') return this.error('PHOTO_TOO_LARGE')

    let channel: HandlerContext<EndpointId>['channel'] = null
    let login: string | null = null
    const token = request.headers.authorization?.replace(/^Bearer /, '') ?? request.headers.Authorization?.replace(/^Bearer /, '')
    const session = token ? own(this.state.sessions, token) : undefined
    if (spec.auth) {
      if (!token) return this.error('UNAUTHORIZED')
      const expired = !session || (faulty && fault === 'session-expired' && session.seq <= this.state.sessionCutoff)
      if (expired) return this.error('SESSION_EXPIRED')
    }
    if (session) {
      channel = session.channel
      login = session.login
    }

    const idempotencyKey = request.headers['idempotency-key'] ?? request.headers['Idempotency-Key']
    if (spec.idempotent) {
      if (!idempotencyKey) return this.error('BAD_REQUEST')
      const earlier = this.replays.get(`${endpointId}:${login}:${idempotencyKey}`)
      if (earlier) return this.raw(200, earlier)
    }

    const input = spec.method === 'GET' ? queryOf(url) : parseBody(request.body)
    const parsed = v.safeParse(spec.request, { ...(input ?? {}), ...params })
    if (!parsed.success) return this.error('BAD_REQUEST')

    let setCookie: Record<string, string> = {}
    try {
      const run = handlers[endpointId] as (ctx: HandlerContext<EndpointId>) => unknown
      const acting = actingFor(this.state, (parsed.output as { onBehalfOf?: string }).onBehalfOf)
      const data = run({
        input: parsed.output,
        state: acting?.state ?? this.state,
        persona: acting?.persona ?? this.persona,
        holder: this.state,
        channel,
        login,
        now: this.now(),
        refreshCookie: cookieOf(request.headers.cookie ?? request.headers.Cookie, REFRESH_COOKIE),
        setRefreshCookie: (value) => (setCookie = { 'Set-Cookie': this.refreshCookieHeader(value) }),
      })
      const response = this.envelope(200, 'OK', data, undefined, setCookie)
      if (spec.idempotent && idempotencyKey) this.replays.set(`${endpointId}:${login}:${idempotencyKey}`, response.body)
      return response
    } catch (caught) {
      if (caught instanceof MockError) return this.error(caught.code, caught.details, setCookie, caught.reason)
      throw caught
    }
  }

  private traceId(): string {
    this.state.seq += 1
    return `mock-${this.state.seq}`
  }

  private raw(status: number, body: string, headers: Record<string, string> = {}): MockResponse {
    return { kind: 'response', status, headers: { 'Content-Type': 'application/json', 'X-Mock': MOCK_SENTINEL, ...headers }, body }
  }

  private envelope(status: number, code: string, data: unknown, details?: Record<string, number>, headers?: Record<string, string>, reason?: string) {
    const message = code === 'OK' ? '成功' : ERROR_MESSAGES[code as ErrorCode]
    return this.raw(status, JSON.stringify({ code, message, data: data ?? null, traceId: this.traceId(), details, reason }), headers) as Extract<
      MockResponse,
      { kind: 'response' }
    >
  }

  private error(code: ErrorCode, details?: Record<string, number>, headers?: Record<string, string>, reason?: string) {
    return this.envelope(STATUS[code] ?? 422, code, null, details, headers, reason)
  }
}

/** A refresh cookie lives as long as the gateway's refresh tokens (30 days). */
const REFRESH_COOKIE_MAX_AGE_S = 30 * 24 * 3600

/** One cookie's value from a Cookie header. */
function cookieOf(header: string | undefined, name: string): string | undefined {
  for (const pair of (header ?? '').split(/;\s*/)) {
    const at = pair.indexOf('=')
    if (at > 0 && pair.slice(0, at) === name) return pair.slice(at + 1) || undefined
  }
  return undefined
}

/**
 * The query as an object, read with forEach: in mini-program builds Taro's webpack plugin swaps in its
 * own URLSearchParams, which is not iterable (Object.fromEntries threw, and every GET failed).
 */
function queryOf(url: URL): Record<string, string> {
  const query: Record<string, string> = {}
  url.searchParams.forEach((value, key) => {
    query[key] = value
  })
  return query
}

function parseBody(body: unknown): Record<string, unknown> | undefined {
  if (body === undefined || body === null || body === '') return undefined
  if (typeof body === 'string') {
    try {
      return JSON.parse(body) as Record<string, unknown>
    } catch {
      return undefined
    }
  }
  return body as Record<string, unknown>
}
