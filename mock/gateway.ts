/**
 * The mock gateway: one plain async function from a request description to a response description.
 * It checks the request against the contract, applies the tester's fault, runs the endpoint's
 * handler and wraps the answer in the envelope. msw.ts and interceptor.ts adapt it to MSW (H5 and
 * Node tests) and to a Taro request interceptor (mini-program development builds).
 */
import * as v from 'valibot'
import { contract, matchEndpoint, type EndpointId } from '@/gateway/contract'
import { ERROR_MESSAGES, type ErrorCode } from '@/gateway/errors'
import { MockError, handlers, type HandlerContext } from './handlers'
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
      const { sessions, refreshTokens, seq } = this.state
      this.state = { ...createState(next), sessions, refreshTokens, seq }
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

  get persona() {
    return personaOf(this.state.controls.personaId)
  }

  async handle(request: MockRequest): Promise<MockResponse> {
    const { latencyMs } = this.state.controls
    if (latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, latencyMs))
    const response = this.respond(request)
    this.persist()
    return response
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

    let channel: HandlerContext<EndpointId>['channel'] = null
    let login: string | null = null
    if (spec.auth) {
      const token = request.headers.authorization?.replace(/^Bearer /, '') ?? request.headers.Authorization?.replace(/^Bearer /, '')
      if (!token) return this.error('UNAUTHORIZED')
      const session = own(this.state.sessions, token)
      const expired = !session || (faulty && fault === 'session-expired' && session.seq <= this.state.sessionCutoff)
      if (expired) return this.error('SESSION_EXPIRED')
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

    try {
      const run = handlers[endpointId] as (ctx: HandlerContext<EndpointId>) => unknown
      const data = run({ input: parsed.output, state: this.state, persona: this.persona, channel, login, now: this.now() })
      const response = this.envelope(200, 'OK', data)
      if (spec.idempotent && idempotencyKey) this.replays.set(`${endpointId}:${login}:${idempotencyKey}`, response.body)
      return response
    } catch (caught) {
      if (caught instanceof MockError) return this.error(caught.code, caught.details, undefined, caught.reason)
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
