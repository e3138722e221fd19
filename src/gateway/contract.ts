/**
 * The gateway contract: every endpoint once, with its request, its response `data` and the error codes
 * it may answer. Each capability declares its own endpoints in src/<capability>/api.ts (its slice); this
 * file holds the session's endpoints and merges the slices into the one map that the app's client validates
 * responses against, the mock gateway implements, and scripts/openapi.ts exports as OpenAPI 3.1
 * (docs/openapi.json) for a real gateway team.
 *
 * Conventions: money in fen (integer, 1 元 = 100), dates as `YYYY-MM-DD`, instants as epoch
 * milliseconds. Path parameters are `{name}` in `path` and fields of the request; for GET the other
 * request fields go in the query string, for POST in the JSON body. Personal data leaves the gateway
 * masked unless the resident needs it whole.
 */
import * as v from 'valibot'
import { fieldSchema as field } from '@/lib/fields'
import { cityEndpoints } from '@/city/api'
import { claimEndpoints } from '@/claim/api'
import { codeEndpoints } from '@/code/api'
import { identityEndpoints } from '@/identity/api'
import { manageEndpoints } from '@/manage/api'
import { outletsEndpoints } from '@/outlets/api'
import type { payEndpoints } from '@/pay/api'
import { recordsEndpoints } from '@/records/api'
import type { cardEndpoints } from '@/card/api'
import { familyEndpoints } from '@/family/api'
import type { ErrorCode } from './errors'
import { endpoint, epochMs, id, none, ok } from './schema'

/**
 * `subject`: the resident's opaque, stable identifier (not personal data); the app ties what it keeps to it.
 * The access token lives in the app's memory on H5 (mini-programs keep it in their sandboxed storage). No
 * refresh token is in the body: on H5 it is the `REFRESH_COOKIE` (below); mini-programs log in again with a
 * fresh platform code instead.
 */
const session = v.object({ token: id, expiresAt: epochMs, subject: id })

/**
 * H5's refresh token: a cookie script cannot read, `HttpOnly; Secure; SameSite=Strict; Path=<gateway>/session`.
 * `login` (channel h5) and `refresh` set it (refresh rotates it), `logout` clears it (`Max-Age=0`). The
 * endpoints marked `credentials` are sent with the browser's cookies (fetch `credentials: 'include'`).
 */
export const REFRESH_COOKIE = 'esscard_refresh'

export const sessionEndpoints = {
  login: endpoint({
    method: 'POST',
    path: '/session/login',
    summary: '用平台登录凭证（wx.login / my.getAuthCode）或 H5 短信验证码换取短期会话令牌（H5 另设刷新 Cookie）',
    auth: false,
    credentials: true,
    request: v.variant('channel', [
      v.object({ channel: v.picklist(['weapp', 'alipay']), code: id }),
      v.object({ channel: v.literal('h5'), phone: field('phone'), smsCode: field('smsCode') }),
    ]),
    response: session,
    errors: ['BAD_REQUEST', 'SMS_WRONG', 'SMS_EXPIRED', 'RATE_LIMITED'],
  }),
  refresh: endpoint({
    method: 'POST',
    path: '/session/refresh',
    summary: '用刷新 Cookie 续期会话并轮换 Cookie（H5 无法静默重新登录时使用）',
    auth: false,
    credentials: true,
    request: none,
    response: session,
    errors: ['UNAUTHORIZED', 'SESSION_EXPIRED'],
  }),
  smsLogin: endpoint({
    method: 'POST',
    path: '/session/sms',
    summary: 'H5 登录：向所填手机号发送登录验证码（唯一无需会话的短信，同一号码 60 秒内不重发，并限频）',
    auth: false,
    request: v.object({ phone: field('phone') }),
    response: v.object({ cooldownSeconds: v.number(), phoneMasked: v.string() }),
    errors: ['SMS_COOLDOWN', 'RATE_LIMITED', 'BAD_REQUEST'],
  }),
  logout: endpoint({
    method: 'POST',
    path: '/session/logout',
    summary: '退出登录：吊销本次登录（由会话令牌或刷新 Cookie 认出）的全部会话令牌和刷新令牌，并清除刷新 Cookie',
    auth: false,
    credentials: true,
    request: v.object({}),
    response: ok,
    errors: [],
  }),
} as const

/** The slices the main package carries, merged: no endpoint id is in two of them (test/gateway/mockContract.test.ts). */
const mainSlices = {
  ...sessionEndpoints,
  ...cityEndpoints,
  ...outletsEndpoints,
  ...identityEndpoints,
  ...claimEndpoints,
  ...codeEndpoints,
  ...manageEndpoints,
  ...recordsEndpoints,
  ...familyEndpoints,
}

/**
 * Slices whose schemas ship with their sub-package, so the main package does not carry them: merged here by type,
 * and into the map by their own api.ts (`addSlice`) when it loads — with the pages that call them, and in the
 * mock and the OpenAPI export, which import every slice.
 */
type SubPackageSlices = typeof payEndpoints & typeof cardEndpoints

export const contract = mainSlices as typeof mainSlices & SubPackageSlices

export type Contract = typeof contract
export type EndpointId = keyof Contract
export type RequestOf<E extends EndpointId> = v.InferInput<Contract[E]['request']>
export type ResponseOf<E extends EndpointId> = v.InferOutput<Contract[E]['response']>

/** Every endpoint id; a sub-package's slice joins it when added. */
export const ENDPOINT_IDS = Object.keys(contract) as EndpointId[]

/** Called once per slice, by its api.ts as it loads. */
export function addSlice(slice: Partial<Contract>): void {
  Object.assign(contract, slice)
  ENDPOINT_IDS.push(...(Object.keys(slice) as EndpointId[]))
}

/** Every error an endpoint can answer: its own plus the ones any endpoint may give. */
export const COMMON_ERRORS: readonly ErrorCode[] = ['SERVER_ERROR', 'RATE_LIMITED', 'BAD_REQUEST']

/** Splits a request into path, query and body as the contract's conventions say. */
export function requestParts(endpointId: EndpointId, input: Record<string, unknown>) {
  const spec = contract[endpointId]
  const rest: Record<string, unknown> = { ...input }
  const path = spec.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = String(rest[name])
    delete rest[name]
    if (value === '' || value === '.' || value === '..') throw new Error(`${endpointId}: ${name} is not a path segment`)
    return encodeURIComponent(value)
  })
  if (spec.method === 'GET') {
    const query = Object.entries(rest)
      .filter(([, value]) => value !== undefined && value !== '')
      .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`)
      .join('&')
    return { path: query ? `${path}?${query}` : path, body: undefined }
  }
  return { path, body: rest }
}

/** Finds the endpoint for a method and path (path without query), with its path parameters. */
export function matchEndpoint(method: string, pathname: string): { endpointId: EndpointId; params: Record<string, string> } | null {
  for (const endpointId of ENDPOINT_IDS) {
    const spec = contract[endpointId]
    if (spec.method !== method.toUpperCase()) continue
    const names: string[] = []
    const pattern = new RegExp(`^${spec.path.replace(/\{(\w+)\}/g, (_, name: string) => (names.push(name), '([^/]+)'))}$`)
    const found = pattern.exec(pathname)
    if (found) return { endpointId, params: Object.fromEntries(names.map((name, i) => [name, decodeURIComponent(found[i + 1])])) }
  }
  return null
}

/** The response envelope every endpoint shares. */
export const envelopeSchema = v.object({
  code: v.string(),
  message: v.string(),
  data: v.unknown(),
  traceId: v.string(),
  details: v.optional(v.record(v.string(), v.number())),
  /** Which rule was broken, for PASSWORD_WEAK: a rule id of src/lib/password.ts (the app shows its message). */
  reason: v.optional(v.string()),
})
export type Envelope = v.InferOutput<typeof envelopeSchema>
