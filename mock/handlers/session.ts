/** The mock's sessions: login (platform code or H5 SMS), the H5 refresh cookie, sign-out that revokes. */
import type { sessionEndpoints } from '@/gateway/contract'
import type { Channel } from '@/identity/api'
import { hashSecret, nextId, own } from '../state'
import type { Persona } from '../data/personas'
import { checkSms, fail, sendSms, type HandlerContext, type HandlersOf } from './common'

/** The resident's opaque, stable identifier: the app ties what it keeps to it (not personal data). */
const subjectOf = (persona: Persona) => `sub-${hashSecret(persona.idNumber)}`

function newSession(ctx: HandlerContext<'login' | 'refresh'>, channel: Channel, login: string | null) {
  const { state, persona, now } = ctx
  const token = nextId(state, 'tok')
  const lineage = login ?? token
  state.sessions[token] = { seq: state.seq, channel, login: lineage }
  // Only H5 refreshes (mini-programs log in again with a fresh platform code); its token goes in the cookie.
  if (channel === 'h5') {
    const refreshToken = nextId(state, 'ref')
    state.refreshTokens[refreshToken] = { channel, login: lineage }
    ctx.setRefreshCookie(refreshToken)
  }
  return { token, expiresAt: now + 30 * 60_000, subject: subjectOf(persona) }
}

export const sessionHandlers: HandlersOf<typeof sessionEndpoints> = {
  login: (ctx) => {
    const { input, state, now } = ctx
    if (input.channel === 'h5') checkSms(state, 'login', input.smsCode, now)
    return newSession(ctx, input.channel, null)
  },
  refresh: (ctx) => {
    const { state, refreshCookie } = ctx
    if (!refreshCookie) return fail('UNAUTHORIZED')
    const known = own(state.refreshTokens, refreshCookie)
    if (!known) {
      ctx.setRefreshCookie(null)
      return fail('SESSION_EXPIRED')
    }
    delete state.refreshTokens[refreshCookie]
    return newSession(ctx, known.channel, known.login)
  },
  logout: (ctx) => {
    const { state, refreshCookie } = ctx
    // The login is the session token's or, after an H5 reload (no access token in memory yet), the cookie's.
    const login = ctx.login ?? (refreshCookie ? own(state.refreshTokens, refreshCookie)?.login : undefined)
    if (login) {
      for (const [token, session] of Object.entries(state.sessions)) if (session.login === login) delete state.sessions[token]
      for (const [token, refresh] of Object.entries(state.refreshTokens)) if (refresh.login === login) delete state.refreshTokens[token]
    }
    ctx.setRefreshCookie(null)
    return { ok: true }
  },
  smsLogin: ({ input, state, now }) => sendSms(state, 'login', input.phone, now),
}
