/**
 * The one request function every capability uses: `call('cardStatus', {})`. It validates the request
 * before sending (nothing leaves on bad input), attaches the session token, re-authenticates once on
 * an expired session and retries, carries an idempotency key on writes that must not happen twice,
 * and validates the answer against the contract. Every failure becomes a GatewayError with a code the
 * UI maps to a Chinese message; nothing personal is logged.
 */
import * as v from 'valibot'
import { RequestFailure, getLoginCode, httpRequest, platformName, randomBytes } from '@/platform'
import { forgetResident } from '@/stores/resident'
import { useSession } from '@/stores/session'
import { contract, envelopeSchema, requestParts, type EndpointId, type RequestOf, type ResponseOf } from './contract'
import { GatewayError, isErrorCode } from './errors'

const settings = { baseUrl: GATEWAY_BASE_URL, timeoutMs: 10_000 }

export function configureGateway(change: Partial<typeof settings>): void {
  Object.assign(settings, change)
}

let gate: Promise<unknown> = Promise.resolve()
/** Requests wait for this first (the H5 mock's service worker starting up). */
export function holdRequestsUntil(ready: Promise<unknown>): void {
  gate = ready.catch(() => undefined)
}

export interface CallOptions {
  /** Reuse the same key when the user retries the same submission. */
  idempotencyKey?: string
}

/** 128 random bits as hex, from the platform's cryptographic generator. */
export async function newIdempotencyKey(): Promise<string> {
  return Array.from(await randomBytes(16), (byte) => byte.toString(16).padStart(2, '0')).join('')
}

export async function call<E extends EndpointId>(endpointId: E, input: RequestOf<E>, options: CallOptions = {}): Promise<ResponseOf<E>> {
  const spec = contract[endpointId]
  if (!v.safeParse(spec.request, input).success) throw new GatewayError('BAD_REQUEST')
  await gate
  const idempotencyKey = spec.idempotent ? (options.idempotencyKey ?? (await newIdempotencyKey())) : undefined
  // A session got just now (by a refresh or login) is not refreshed again when the answer is SESSION_EXPIRED.
  const token = spec.auth ? await sessionToken() : undefined
  try {
    return await send(endpointId, input, idempotencyKey, token)
  } catch (error) {
    if (!(spec.auth && error instanceof GatewayError && error.code === 'SESSION_EXPIRED')) throw error
    return send(endpointId, input, idempotencyKey, await reauthenticate())
  }
}

async function send<E extends EndpointId>(
  endpointId: E,
  input: RequestOf<E>,
  idempotencyKey: string | undefined,
  token: string | undefined,
): Promise<ResponseOf<E>> {
  const spec = contract[endpointId]
  const { path, body } = requestParts(endpointId, input as Record<string, unknown>)
  const header: Record<string, string> = { 'Content-Type': 'application/json' }
  if (token) header.Authorization = `Bearer ${token}`
  if (idempotencyKey) header['Idempotency-Key'] = idempotencyKey

  let raw: string
  try {
    raw = await httpRequest({
      url: settings.baseUrl + path,
      method: spec.method,
      headers: header,
      body,
      timeoutMs: settings.timeoutMs,
      credentials: spec.credentials,
    })
  } catch (error) {
    throw new GatewayError(error instanceof RequestFailure && error.reason === 'timeout' ? 'TIMEOUT' : 'NETWORK_OFFLINE')
  }

  let parsed: unknown
  try {
    parsed = JSON.parse(raw)
  } catch {
    throw new GatewayError('MALFORMED_RESPONSE')
  }
  const envelope = v.safeParse(envelopeSchema, parsed)
  if (!envelope.success) throw new GatewayError('CONTRACT_VIOLATION')
  const { code, data, traceId, details, reason } = envelope.output
  if (code !== 'OK') throw new GatewayError(isErrorCode(code) ? code : 'SERVER_ERROR', { traceId, details, reason })
  const result = v.safeParse(spec.response, data)
  if (!result.success) throw new GatewayError('CONTRACT_VIOLATION', { traceId })
  return result.output as ResponseOf<E>
}

let pendingLogin: Promise<string> | null = null

/** The current token, logging in first where the platform can do it silently. */
async function sessionToken(): Promise<string> {
  const { token } = useSession.getState()
  return token ?? reauthenticate()
}

/**
 * Mini-programs log in again with a fresh platform login code; H5 refreshes with the gateway's HttpOnly
 * cookie (which the app cannot read: it asks when a login happened on this device). An H5 visitor without one
 * gets UNAUTHORIZED, and the page shows the SMS login (identity/SmsLogin).
 */
function reauthenticate(): Promise<string> {
  pendingLogin ??= (async () => {
    if (platformName === 'h5') {
      // No login on this device (no subject kept): nothing to refresh, the page offers the SMS login.
      if (!useSession.getState().subject) throw new GatewayError('UNAUTHORIZED')
      try {
        return saveSession(await send('refresh', {}, undefined, undefined))
      } catch (error) {
        // Only the gateway's refusal ends the session; a network error or timeout keeps it for the next try.
        if (error instanceof GatewayError && (error.code === 'SESSION_EXPIRED' || error.code === 'UNAUTHORIZED')) useSession.getState().clear()
        throw error
      }
    }
    const code = await getLoginCode()
    if (!code) throw new GatewayError('UNAUTHORIZED')
    return saveSession(await send('login', { channel: platformName, code }, undefined, undefined))
  })().finally(() => {
    pendingLogin = null
  })
  return pendingLogin
}

function saveSession(session: ResponseOf<'login'>): string {
  useSession.getState().setSession(session)
  return session.token
}

/** H5 SMS login: the code was sent with call('smsLogin', { phone }). */
export async function loginWithSms(phone: string, smsCode: string): Promise<void> {
  saveSession(await call('login', { channel: 'h5', phone, smsCode }))
}

/**
 * Signs out: nothing of the resident stays in the app's stores (at once), and the gateway revokes the
 * login's tokens and clears H5's refresh cookie (H5 asks even without an access token: after a reload only
 * the cookie knows the login). If the gateway cannot be reached the local sign-out stands and the tokens
 * expire on their own.
 */
export async function signOut(): Promise<void> {
  const { token, subject } = useSession.getState()
  forgetResident()
  if (!token && !(platformName === 'h5' && subject)) return
  try {
    await send('logout', {}, undefined, token ?? undefined)
  } catch {
    // see above
  }
}
