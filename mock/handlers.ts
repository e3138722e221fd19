/**
 * The mock gateway's endpoints as plain functions over the contract's types: no HTTP, no MSW. The
 * dispatcher (gateway.ts) validates the request, calls one of these, and wraps the result in the
 * envelope; the MSW and Taro-interceptor wrappers only translate requests and responses.
 */
import type * as v from 'valibot'
import type { CardStatus, Channel, Contract, EndpointId, PaidFrom, ResponseOf, SmsPurpose } from '@/gateway/contract'
import type { ErrorCode } from '@/gateway/errors'
import { checkPassword } from '@/lib/password'
import { maskBankCard, maskIdNumber, maskName, maskPhone } from '@/lib/mask'
import { CATEGORIES, CITIES, DISABLED_SERVICES, NOTICES, OUTLETS } from './data/cities'
import { INITIAL_PIN, TEST_SMS_CODE, type Persona } from './data/personas'
import * as records from './data/records'
import { hashSecret, nextId, own, type MockState } from './state'

export class MockError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly details?: Record<string, number>,
    /** The broken rule's id, for PASSWORD_WEAK. */
    readonly reason?: string,
  ) {
    super(code)
  }
}

export interface HandlerContext<E extends EndpointId> {
  input: v.InferOutput<Contract[E]['request']>
  state: MockState
  persona: Persona
  /** The session's channel; null for endpoints without auth. */
  channel: CardStatus['channels'][number]['channel'] | null
  /** The login the session descends from (refreshes keep it); null without a valid session token. */
  login: string | null
  now: number
  /** The H5 refresh cookie the request carried (REFRESH_COOKIE), and how to set or clear it in the answer. */
  refreshCookie: string | undefined
  setRefreshCookie(value: string | null): void
}

type Handlers = { [E in EndpointId]: (ctx: HandlerContext<E>) => ResponseOf<E> }

export const SMS_COOLDOWN_SECONDS = 60
export const CODE_TTL_MS = 60_000
/** After the password, codes may be refreshed without it for this long. */
export const CODE_UNLOCK_MS = 10 * 60_000
const PASSWORD_ATTEMPTS = 5
const PIN_ATTEMPTS = 10
const PAGE_SIZE = 20
const CODE_SIGNING_KEY = 'esscard-mock-signing-key'

/** Terminal QR codes the mock knows (README lists them for testers). */
export const TERMINAL_TICKETS = {
  'ESSC-TERM:KIOSK-LOGIN': { kind: 'login', requester: '市第一人民医院 自助服务机 3 号', purpose: '登录自助机，查询检验报告' },
  'ESSC-TERM:ORDER-PAY': { kind: 'payment', requester: '一心堂（人民中路店）', purpose: '购药结算', amountFen: 3650 },
} as const

/** The channels' names as residents know them (the seeds): the city's 人社 app differs per city. */
const CITY_APPS: Record<string, string> = { taian: '泰安人社 APP', kunming: '昆明人社通 APP', hefei: '安徽人社 APP' }
function channelName(channel: Channel, persona: Persona): string {
  const names: Record<Channel, string> = {
    weapp: '微信',
    alipay: '支付宝市民中心',
    h5: '网页版',
    'city-app': CITY_APPS[persona.cityId] ?? '人社 APP',
    bank: `${persona.bankName}手机银行`,
    gov: '国家政务服务平台',
  }
  return names[channel]
}

const fail = (code: ErrorCode, details?: Record<string, number>): never => {
  throw new MockError(code, details)
}

/** The password rules of src/lib/password.ts with the persona's ID number and phone; PASSWORD_WEAK names the rule. */
function refuseWeak(password: string, persona: Persona): void {
  const problem = checkPassword(password, { idNumber: persona.idNumber, phone: persona.phone })
  if (problem) throw new MockError('PASSWORD_WEAK', undefined, problem)
}

function cardView({ state, persona }: { state: MockState; persona: Persona }): ResponseOf<'cardStatus'> {
  const { card } = state
  const holds = card.status !== 'none'
  return {
    status: card.status,
    holderName: holds ? maskName(persona.name) : undefined,
    idNumberMasked: holds ? maskIdNumber(persona.idNumber) : undefined,
    cityId: persona.cityId,
    bankCardMasked: card.bankLinked ? maskBankCard(persona.bankCardNumber) : undefined,
    bankName: card.bankLinked ? persona.bankName : undefined,
    channels: card.channels.map(({ channel, boundAt }) => ({ channel, name: channelName(channel, persona), boundAt })),
    password: { locked: card.passwordLocked, attemptsLeft: card.passwordLocked ? 0 : PASSWORD_ATTEMPTS - card.passwordFailures },
    pin: card.pin,
  }
}

/** The e-card password and the physical card's PIN must differ (the seeds): refused whichever is set second. */
function refuseSameAsPin(card: MockState['card'], secret: string, other: 'pin' | 'password'): void {
  if ((other === 'pin' ? card.pinHash : card.passwordHash) === hashSecret(secret)) fail('PASSWORD_SAME_AS_PIN')
}

/** 医保个人账户 pays when its balance covers the amount, otherwise the card's bank account. */
const paidFrom = (persona: Persona, amountFen: number): PaidFrom => (records.medicalBalance(persona) >= amountFen ? 'medical-account' : 'bank-account')

/** Lost and cancelled cards stop the e-card; no card means nothing to use. */
/** Whether the session's channel is bound to the card (codes are shown only on a bound channel). */
const isBound = (state: MockState, channel: Channel | null) => state.card.channels.some((c) => c.channel === channel)

function requireUsableCard(state: MockState): void {
  if (state.card.status === 'lost') fail('CARD_LOST')
  if (state.card.status === 'cancelled') fail('CARD_CANCELLED')
  if (state.card.status === 'none') fail('NO_ECARD')
}

function checkEcardPassword(state: MockState, password: string): void {
  const { card } = state
  if (card.passwordLocked) fail('PASSWORD_LOCKED')
  if (card.passwordHash === hashSecret(password)) {
    card.passwordFailures = 0
    return
  }
  card.passwordFailures += 1
  if (card.passwordFailures >= PASSWORD_ATTEMPTS) {
    card.passwordLocked = true
    fail('PASSWORD_LOCKED')
  }
  fail('PASSWORD_WRONG', { attemptsLeft: PASSWORD_ATTEMPTS - card.passwordFailures })
}

/** Uses up a verification token: it must be for one of `allowed` and earned in this session's login. */
function takeVerification(state: MockState, token: string, allowed: readonly string[], login: string | null): void {
  const granted = own(state.verifications, token)
  if (!granted || !allowed.includes(granted.purpose) || granted.login !== login) fail('VERIFICATION_REQUIRED')
  delete state.verifications[token]
}

function grantVerification(state: MockState, purpose: SmsPurpose | 'face' | 'password', login: string | null) {
  const verificationToken = nextId(state, 'ver')
  if (login === null) return fail('UNAUTHORIZED')
  state.verifications[verificationToken] = { purpose, login }
  return { verificationToken }
}

function checkSms(state: MockState, purpose: SmsPurpose, code: string, now: number): void {
  const sentAt = state.smsSentAt[purpose]
  if (sentAt === undefined || now - sentAt > 5 * 60_000) fail('SMS_EXPIRED')
  if (code !== TEST_SMS_CODE) fail('SMS_WRONG')
  delete state.smsSentAt[purpose]
}

function sendSms(state: MockState, purpose: SmsPurpose, phone: string, now: number) {
  const sentAt = state.smsSentAt[purpose]
  if (sentAt !== undefined && now - sentAt < SMS_COOLDOWN_SECONDS * 1000) {
    fail('SMS_COOLDOWN', { retryAfterSeconds: Math.ceil((SMS_COOLDOWN_SECONDS * 1000 - (now - sentAt)) / 1000) })
  }
  state.smsSentAt[purpose] = now
  return { cooldownSeconds: SMS_COOLDOWN_SECONDS, phoneMasked: maskPhone(phone) }
}

/** A code payload signed with the mock key: `ESSC1.<codeId>.<kind>.<expiresAt>.<signature>`. */
export function signPayload(codeId: string, kind: string, expiresAt: number): string {
  const body = `${codeId}.${kind}.${expiresAt}`
  return `ESSC1.${body}.${hashSecret(`${CODE_SIGNING_KEY}:${body}`)}`
}

function issueCode(state: MockState, kind: 'identity' | 'payment', now: number, unlockedAt: number) {
  const codeId = nextId(state, 'code')
  const expiresAt = now + CODE_TTL_MS
  state.codes[codeId] = { kind, expiresAt, unlockedAt, polls: 0, scan: null }
  const digitsSeed = hashSecret(codeId) + hashSecret(`${codeId}:${expiresAt}`)
  const digits = (digitsSeed.replace(/[a-f]/g, (c) => String(c.charCodeAt(0) % 10)) + '000000000000000000').slice(0, 18)
  return { codeId, kind, payload: signPayload(codeId, kind, expiresAt), digits, expiresAt, lifetimeMs: CODE_TTL_MS }
}

function page<T>(items: T[], pageNumber: number) {
  const start = (pageNumber - 1) * PAGE_SIZE
  return { items: items.slice(start, start + PAGE_SIZE), page: pageNumber, pageSize: PAGE_SIZE, total: items.length, hasMore: start + PAGE_SIZE < items.length }
}

/** A payment code needs level 2 and 药店扫码支付 switched on in the card's city. */
function payCodeAllowed(state: MockState, persona: Persona): void {
  if (state.card.status !== 'level2') fail('NOT_LEVEL_2')
  if (DISABLED_SERVICES[persona.cityId]?.includes('pharmacy-pay')) fail('SERVICE_DISABLED')
}

function knownCity(cityId: string): void {
  if (!CITIES.some((c) => c.id === cityId)) fail('CITY_UNKNOWN')
}

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

export const handlers: Handlers = {
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
  cities: () => CITIES,
  catalogue: ({ input }) => {
    knownCity(input.cityId)
    const disabled = DISABLED_SERVICES[input.cityId] ?? []
    return {
      cityId: input.cityId,
      categories: CATEGORIES.map((category) => ({
        ...category,
        services: category.services.map((service) => ({ ...service, enabled: !disabled.includes(service.id) })),
      })),
    }
  },
  notices: ({ input }) => (knownCity(input.cityId), NOTICES[input.cityId] ?? []),
  outlets: ({ input }) => (knownCity(input.cityId), OUTLETS[input.cityId] ?? []),
  cardStatus: (ctx) => cardView(ctx),
  claimPrecheck: ({ input, state, persona, channel }) => {
    if (state.card.status === 'lost') fail('CARD_LOST')
    if (state.card.status === 'cancelled') fail('CARD_CANCELLED')
    if (state.card.status !== 'none' && isBound(state, channel)) fail('ALREADY_ISSUED')
    const same = input.name === persona.name && input.idNumber === persona.idNumber && input.phone === persona.phone
    if (!same) fail('IDENTITY_MISMATCH')
    const certifyId = nextId(state, 'cert')
    state.certifyIds.push(certifyId)
    return { certifyId, phoneMasked: maskPhone(persona.phone) }
  },
  smsLogin: ({ input, state, now }) => sendSms(state, 'login', input.phone, now),
  smsSend: ({ input, state, persona, now }) => sendSms(state, input.purpose, input.phone ?? persona.phone, now),
  smsVerify: ({ input, state, login, now }) => {
    checkSms(state, input.purpose, input.code, now)
    return grantVerification(state, input.purpose, login)
  },
  faceStart: ({ input, state, persona }) => {
    if (state.card.status === 'none') fail('NO_ECARD')
    if (input.name !== persona.name || input.idNumber !== persona.idNumber) fail('IDENTITY_MISMATCH')
    const certifyId = nextId(state, 'cert')
    state.certifyIds.push(certifyId)
    return { certifyId }
  },
  faceResult: ({ input, state, login }) => {
    if (!state.certifyIds.includes(input.certifyId) || input.faceToken === 'fail') fail('FACE_FAILED')
    return grantVerification(state, 'face', login)
  },
  passwordVerify: ({ input, state, login }) => {
    requireUsableCard(state)
    checkEcardPassword(state, input.password)
    return grantVerification(state, 'password', login)
  },
  issue: (ctx) => {
    const { input, state, persona, channel, login } = ctx
    if (state.card.status === 'lost') fail('CARD_LOST')
    if (state.card.status === 'cancelled') fail('CARD_CANCELLED')
    const rebinding = state.card.status !== 'none' && !isBound(state, channel)
    if (state.card.status !== 'none' && !rebinding) fail('ALREADY_ISSUED')
    takeVerification(state, input.verificationToken, ['face', 'claim'], login)
    refuseWeak(input.password, persona)
    refuseSameAsPin(state.card, input.password, 'pin')
    if (!rebinding) state.card.status = 'level1'
    state.card.passwordHash = hashSecret(input.password)
    state.card.channels = [...state.card.channels, { channel: channel ?? 'h5', boundAt: new Date(ctx.now).toISOString().slice(0, 10) }]
    return cardView(ctx)
  },
  linkBank: (ctx) => {
    const { input, state, persona, now } = ctx
    if (state.card.status === 'none') fail('NO_ECARD')
    if (state.card.status === 'lost') fail('CARD_LOST')
    checkSms(state, 'bank', input.smsCode, now)
    if (input.bankCardNumber !== persona.bankCardNumber) fail('BANK_CARD_MISMATCH')
    if (!persona.bankActivated) fail('BANK_NOT_ACTIVATED')
    if (input.phone !== persona.phone) fail('BANK_PHONE_MISMATCH')
    state.card.status = 'level2'
    state.card.bankLinked = true
    return cardView(ctx)
  },
  pinChange: ({ input, state, persona }) => {
    const { card } = state
    if (card.status === 'lost') fail('CARD_LOST')
    if (card.status === 'cancelled') fail('CARD_CANCELLED')
    if (card.pin === 'locked') fail('PIN_LOCKED')
    if (card.pinHash !== hashSecret(input.currentPin)) {
      card.pinFailures += 1
      if (card.pinFailures >= PIN_ATTEMPTS) {
        card.pin = 'locked'
        fail('PIN_LOCKED')
      }
      fail('PIN_WRONG', { attemptsLeft: PIN_ATTEMPTS - card.pinFailures })
    }
    if (input.newPin === INITIAL_PIN) fail('PIN_INITIAL_REFUSED')
    refuseWeak(input.newPin, persona)
    refuseSameAsPin(card, input.newPin, 'password')
    card.pinHash = hashSecret(input.newPin)
    card.pinFailures = 0
    card.pin = 'active'
    return { pin: card.pin }
  },
  codeIssue: ({ input, state, persona, now, channel }) => {
    requireUsableCard(state)
    if (!isBound(state, channel)) fail('CHANNEL_UNBOUND')
    if (input.kind === 'payment') payCodeAllowed(state, persona)
    checkEcardPassword(state, input.password)
    return issueCode(state, input.kind, now, now)
  },
  codeRefresh: ({ input, state, persona, now, channel }) => {
    const code = own(state.codes, input.codeId)
    if (!code) return fail('NOT_FOUND')
    if (now - code.unlockedAt > CODE_UNLOCK_MS) fail('CODE_EXPIRED')
    requireUsableCard(state)
    if (!isBound(state, channel)) fail('CHANNEL_UNBOUND')
    const kind = input.kind ?? code.kind
    if (kind === 'payment') payCodeAllowed(state, persona)
    delete state.codes[input.codeId]
    return issueCode(state, kind, now, code.unlockedAt)
  },
  codeStatus: ({ input, state, persona, now }) => {
    const code = own(state.codes, input.codeId)
    if (!code) return fail('NOT_FOUND')
    code.polls += 1
    const autoScan = state.controls.autoScan
    if (!code.scan && autoScan && code.polls >= 2 && now <= code.expiresAt) {
      code.scan =
        autoScan === 'pharmacy' && code.kind === 'payment'
          ? { state: 'paid', merchant: '一心堂（人民中路店）', amountFen: 5820, paidFrom: paidFrom(persona, 5820) }
          : { state: 'identity-verified', place: '市民中心 社保综合窗口 5 号' }
    }
    if (code.scan) return code.scan
    return { state: now > code.expiresAt ? 'expired' : 'waiting' }
  },
  ticketRead: ({ input, state, now }) => {
    requireUsableCard(state)
    const known = own<(typeof TERMINAL_TICKETS)[keyof typeof TERMINAL_TICKETS]>(TERMINAL_TICKETS, input.ticket)
    if (!known) return fail('TICKET_UNKNOWN')
    if (own(state.decidedTickets, input.ticket)) fail('TICKET_EXPIRED')
    return { ticket: input.ticket, ...known, expiresAt: now + 5 * 60_000 }
  },
  ticketDecide: ({ input, state, persona }) => {
    const known = own<(typeof TERMINAL_TICKETS)[keyof typeof TERMINAL_TICKETS]>(TERMINAL_TICKETS, input.ticket)
    if (!known) return fail('TICKET_UNKNOWN')
    if (own(state.decidedTickets, input.ticket)) fail('TICKET_EXPIRED')
    if (input.decision === 'confirm' && known.kind === 'payment') {
      if (state.card.status !== 'level2') fail('NOT_LEVEL_2')
      checkEcardPassword(state, input.password ?? '')
    }
    const result = input.decision === 'confirm' ? 'confirmed' : 'declined'
    state.decidedTickets[input.ticket] = result
    return result === 'confirmed' && 'amountFen' in known ? { result, paidFrom: paidFrom(persona, known.amountFen) } : { result }
  },
  passwordChange: ({ input, state, persona }) => {
    requireUsableCard(state)
    checkEcardPassword(state, input.oldPassword)
    if (input.newPassword === input.oldPassword) fail('PASSWORD_SAME')
    refuseWeak(input.newPassword, persona)
    refuseSameAsPin(state.card, input.newPassword, 'pin')
    state.card.passwordHash = hashSecret(input.newPassword)
    return { ok: true }
  },
  passwordReset: ({ input, state, persona, login }) => {
    if (state.card.status === 'none') fail('NO_ECARD')
    takeVerification(state, input.verificationToken, ['face', 'reset'], login)
    refuseWeak(input.newPassword, persona)
    refuseSameAsPin(state.card, input.newPassword, 'pin')
    state.card.passwordHash = hashSecret(input.newPassword)
    state.card.passwordLocked = false
    state.card.passwordFailures = 0
    return { ok: true }
  },
  reportLoss: (ctx) => {
    requireUsableCard(ctx.state)
    takeVerification(ctx.state, ctx.input.verificationToken, ['face', 'loss', 'password'], ctx.login)
    ctx.state.card.status = 'lost'
    return cardView(ctx)
  },
  unbind: (ctx) => {
    const { state, input, login } = ctx
    if (state.card.status === 'none') fail('NO_ECARD')
    if (!state.card.channels.some((c) => c.channel === input.channel)) fail('NOT_FOUND')
    takeVerification(state, input.verificationToken, ['face', 'unbind', 'password'], login)
    state.card.channels = state.card.channels.filter((c) => c.channel !== input.channel)
    return cardView(ctx)
  },
  enrolment: ({ state, persona }) => (requireUsableCard(state), records.enrolment(persona)),
  contributions: ({ input, state, persona, now }) => {
    requireUsableCard(state)
    const all = records.contributions(persona, new Date(now))
    const filtered = all.filter((r) => (!input.type || r.type === input.type) && (!input.year || r.month.startsWith(`${input.year}-`)))
    return page(filtered, input.page)
  },
  medicalAccount: ({ state, persona, now }) => (
    requireUsableCard(state),
    { balanceFen: records.medicalBalance(persona), updatedAt: new Date(now).toISOString().slice(0, 10) }
  ),
  medicalTransactions: ({ input, state, persona, now }) => (requireUsableCard(state), page(records.medicalTransactions(persona, new Date(now)), input.page)),
  pension: ({ state, persona, now }) => (requireUsableCard(state), records.pension(persona, new Date(now))),
  benefits: ({ state, persona }) => (requireUsableCard(state), records.benefits(persona)),
}
