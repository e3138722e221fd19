/**
 * What the capabilities' mock handlers share: the handler shape, failing with a gateway error, the card as the
 * gateway shows it, and the identity steps several capabilities need (SMS, verification tokens, the password).
 */
import type * as v from 'valibot'
import type { CardStatus, Channel, SmsPurpose } from '@/identity/api'
import type { Contract, EndpointId, ResponseOf } from '@/gateway/contract'
import type { PaidFrom } from '@/code/api'
import type { ErrorCode } from '@/gateway/errors'
import { checkPassword } from '@/lib/password'
import { maskBankCard, maskIdNumber, maskName, maskPhone } from '@/lib/mask'
import { CITIES } from '../data/cities'
import { TEST_SMS_CODE, type Persona } from '../data/personas'
import { medicalBalance } from '../data/records'
import { hashSecret, nextId, own, type MockState } from '../state'
import { replacementApplied } from './card'

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
  /** The state and persona the request is for: a relative's card and records when it acts for one (`onBehalfOf`). */
  state: MockState
  persona: Persona
  /** The signed-in resident's own state: their password authorises acting for a relative. */
  holder: MockState
  /** The session's channel; null for endpoints without auth. */
  channel: CardStatus['channels'][number]['channel'] | null
  /** The login the session descends from (refreshes keep it); null without a valid session token. */
  login: string | null
  now: number
  /** The H5 refresh cookie the request carried (REFRESH_COOKIE), and how to set or clear it in the answer. */
  refreshCookie: string | undefined
  setRefreshCookie(value: string | null): void
}

export type Handlers = { [E in EndpointId]: (ctx: HandlerContext<E>) => ResponseOf<E> }

/** One capability's handlers: the endpoints of its slice of the contract (src/<capability>/api.ts). */
export type HandlersOf<Slice> = Pick<Handlers, keyof Slice & EndpointId>

export const SMS_COOLDOWN_SECONDS = 60
const PASSWORD_ATTEMPTS = 5
const PAGE_SIZE = 20

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

export const fail = (code: ErrorCode, details?: Record<string, number>): never => {
  throw new MockError(code, details)
}

/** The password rules of src/lib/password.ts with the persona's ID number and phone; PASSWORD_WEAK names the rule. */
export function refuseWeak(password: string, persona: Persona): void {
  const problem = checkPassword(password, { idNumber: persona.idNumber, phone: persona.phone })
  if (problem) throw new MockError('PASSWORD_WEAK', undefined, problem)
}

export function cardView({ state, persona, now, input }: { state: MockState; persona: Persona; now: number; input?: object }): ResponseOf<'cardStatus'> {
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
    replacementApplied: card.status === 'lost' ? replacementApplied({ state, persona, now, input }) : undefined,
  }
}

/** The e-card password and the physical card's PIN must differ (the seeds): refused whichever is set second. */
export function refuseSameAsPin(card: MockState['card'], secret: string, other: 'pin' | 'password'): void {
  if ((other === 'pin' ? card.pinHash : card.passwordHash) === hashSecret(secret)) fail('PASSWORD_SAME_AS_PIN')
}

/** 医保个人账户 pays when its balance covers the amount, otherwise the card's bank account. */
export const paidFrom = (persona: Persona, amountFen: number): PaidFrom => (medicalBalance(persona) >= amountFen ? 'medical-account' : 'bank-account')

/** Whether the session's channel is bound to the card (codes are shown only on a bound channel). */
export const isBound = (state: MockState, channel: Channel | null) => state.card.channels.some((c) => c.channel === channel)

/** Lost and cancelled cards stop the e-card; no card means nothing to use. */
export function requireUsableCard(state: MockState): void {
  if (state.card.status === 'lost') fail('CARD_LOST')
  if (state.card.status === 'cancelled') fail('CARD_CANCELLED')
  if (state.card.status === 'none') fail('NO_ECARD')
}

export function checkEcardPassword(state: MockState, password: string): void {
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
export function takeVerification(state: MockState, token: string, allowed: readonly string[], login: string | null): void {
  const granted = own(state.verifications, token)
  if (!granted || !allowed.includes(granted.purpose) || granted.login !== login) fail('VERIFICATION_REQUIRED')
  delete state.verifications[token]
}

export function grantVerification(state: MockState, purpose: SmsPurpose | 'face' | 'password', login: string | null) {
  const verificationToken = nextId(state, 'ver')
  if (login === null) return fail('UNAUTHORIZED')
  state.verifications[verificationToken] = { purpose, login }
  return { verificationToken }
}

export function checkSms(state: MockState, purpose: SmsPurpose, code: string, now: number): void {
  const sentAt = state.smsSentAt[purpose]
  if (sentAt === undefined || now - sentAt > 5 * 60_000) fail('SMS_EXPIRED')
  if (code !== TEST_SMS_CODE) fail('SMS_WRONG')
  delete state.smsSentAt[purpose]
}

export function sendSms(state: MockState, purpose: SmsPurpose, phone: string, now: number) {
  const sentAt = state.smsSentAt[purpose]
  if (sentAt !== undefined && now - sentAt < SMS_COOLDOWN_SECONDS * 1000) {
    fail('SMS_COOLDOWN', { retryAfterSeconds: Math.ceil((SMS_COOLDOWN_SECONDS * 1000 - (now - sentAt)) / 1000) })
  }
  state.smsSentAt[purpose] = now
  return { cooldownSeconds: SMS_COOLDOWN_SECONDS, phoneMasked: maskPhone(phone) }
}

export function page<T>(items: T[], pageNumber: number) {
  const start = (pageNumber - 1) * PAGE_SIZE
  return { items: items.slice(start, start + PAGE_SIZE), page: pageNumber, pageSize: PAGE_SIZE, total: items.length, hasMore: start + PAGE_SIZE < items.length }
}

export function knownCity(cityId: string): void {
  if (!CITIES.some((c) => c.id === cityId)) fail('CITY_UNKNOWN')
}
