import type { CardStatus, Channel, SmsPurpose } from '@/identity/api'
import type { EndpointId } from '@/gateway/contract'
import type { PaidFrom } from '@/code/api'
import type { CardApplication } from '@/card/api'
import { DEFAULT_PERSONA_ID, INITIAL_PIN, TEST_CARD_PIN, TEST_ECARD_PASSWORD, findPersona, type Persona } from './data/personas'
import type { FaultId, PaymentSimulation } from './faults'
import { FAMILIES } from './data/family'
import type { Relation } from '@/lib/relation'

/** What a tester picks: persona, fault (for every endpoint or one), latency, and a simulated scan. */
export interface MockControls {
  personaId: string
  fault: FaultId
  faultEndpoint: EndpointId | 'all'
  latencyMs: number
  /** When set, a shown code is scanned by this kind of terminal on its second status poll. */
  autoScan: 'counter' | 'pharmacy' | null
  /** The photo upload fails: refused as too large, or cut off on the way. */
  uploadFault?: 'too-large' | 'interrupted' | null
  /** How the next platform payment of a 居民医保 order ends (mock builds: the tester slot's payment). */
  payment: PaymentSimulation
}

export const DEFAULT_CONTROLS: MockControls = {
  personaId: DEFAULT_PERSONA_ID,
  fault: 'none',
  faultEndpoint: 'all',
  latencyMs: 0,
  autoScan: null,
  payment: 'success',
}

/** A 居民医保 order (src/pay/api.ts) as the mock keeps it. */
export interface PayOrderState {
  year: number
  personIds: string[]
  status: 'unpaid' | 'paying' | 'paid' | 'closed'
  closedBy?: 'resident' | 'timeout' | 'window'
  channel: Channel
  expiresAt: number
  paidAt?: number
  paidWith?: 'wechat' | 'alipay' | 'cashier' | 'bank-account'
  /** Status answers that still say `paying` after a payment whose platform callback was lost. */
  unconfirmedPolls: number
}

interface IssuedCode {
  kind: 'identity' | 'payment'
  expiresAt: number
  unlockedAt: number
  polls: number
  scan: { state: 'identity-verified' | 'paid'; place?: string; merchant?: string; amountFen?: number; paidFrom?: PaidFrom } | null
  /** The relative the code was shown for (亲情服务). */
  onBehalfOf?: string
}

/**
 * The mock gateway's whole mutable state. It holds no personal data in clear (the persona's details
 * live in code, passwords only as hashes), so the H5 build may keep it in localStorage across reloads.
 */
export interface MockState {
  seq: number
  controls: MockControls
  card: {
    status: CardStatus['status']
    channels: { channel: Channel; boundAt: string }[]
    passwordHash: string | null
    passwordFailures: number
    passwordLocked: boolean
    pin: CardStatus['pin']
    pinHash: string
    pinFailures: number
    bankLinked: boolean
  }
  /** Session tokens; `login` names the login a refreshed session descends from. */
  sessions: Record<string, { seq: number; channel: Channel; login: string }>
  refreshTokens: Record<string, { channel: Channel; login: string }>
  /**
   * The browser's cookies where the transport cannot carry them (MSW, Node tests): the gateway plays the
   * jar (see MockGateway.handle). Stands for the browser's cookie store, never read by the app.
   */
  browserCookies: Record<string, string>
  /** Sessions opened at or before this sequence number are expired (the session-expired fault). */
  sessionCutoff: number
  smsSentAt: Partial<Record<SmsPurpose, number>>
  certifyIds: string[]
  /** One-use verification tokens, each bound to the login that earned it. */
  verifications: Record<string, { purpose: SmsPurpose | 'face' | 'password'; login: string }>
  codes: Record<string, IssuedCode>
  decidedTickets: Record<string, 'confirmed' | 'declined'>
  /**
   * The physical card, made from the persona on first use (its dates need the gateway's clock), by whose it is:
   * 'self', or the relative's id (`onBehalfOf`) for a relative's, made from the relative.
   */
  physicalCards?: Record<
    string,
    {
      held: boolean
      applications: (CardApplication & { photoId: string })[]
      /** Signed upload slots: the signature only as a hash. */
      uploads: Record<string, { signatureHash: string; maxBytes: number; expiresAt: number }>
      /** Uploaded photos: a hash and the size, never the image. */
      photos: Record<string, { hash: string; bytes: number }>
      /** Fee orders of replacements, by order id. */
      orders: Record<string, { applicationId: string; amountFen: number; status: 'unpaid' | 'paid' | 'closed' }>
    }
  >
  /** 亲情服务: the people (persona ids of mock/data/family.ts, not personal data) I act for, who may act for me, and an addition awaiting consent. */
  family: {
    relatives: { relativeId: string; personId: string; relation: Relation; addedAt: string }[]
    grants: { grantId: string; personId: string; relation: Relation; grantedAt: string }[]
    challenge: { challengeId: string; personId: string; relation: Relation; expiresAt: number } | null
  }
  /** 居民医保 orders by whom they are for: 'self', or the relative's id (`onBehalfOf`), then by order id. */
  payOrders: Record<string, Record<string, PayOrderState>>
}

/** A one-way hash (FNV-1a) so the mock never keeps a password or PIN as typed. */
export function hashSecret(secret: string): string {
  let hash = 2166136261
  for (const ch of `esscard-mock:${secret}`) hash = Math.imul(hash ^ ch.charCodeAt(0), 16777619)
  return (hash >>> 0).toString(16)
}

const TODAY_BOUND = '2025-06-18'

/** A persona's card as the gateway starts it (a relative's card too). */
export function cardOf(persona: Persona): MockState['card'] {
  const holds = persona.status !== 'none'
  return {
    status: persona.status,
    channels: persona.channels.map((channel) => ({ channel, boundAt: TODAY_BOUND })),
    passwordHash: holds ? hashSecret(TEST_ECARD_PASSWORD) : null,
    passwordFailures: 0,
    passwordLocked: persona.passwordLocked,
    pin: persona.pin,
    pinHash: hashSecret(persona.pin === 'initial' ? INITIAL_PIN : TEST_CARD_PIN),
    pinFailures: 0,
    bankLinked: persona.status === 'level2' || ((persona.status === 'lost' || persona.status === 'cancelled') && persona.bankActivated),
  }
}

export function createState(controls: MockControls = DEFAULT_CONTROLS): MockState {
  const persona = personaOf(controls.personaId)
  const family = FAMILIES[persona.id] ?? {}
  // Letters, so the starting ids never meet the numbered ones nextId gives later.
  const letter = (i: number) => String.fromCharCode(97 + i)
  return {
    seq: 0,
    controls: { ...controls, personaId: persona.id },
    card: cardOf(persona),
    sessions: {},
    refreshTokens: {},
    browserCookies: {},
    sessionCutoff: 0,
    smsSentAt: {},
    certifyIds: [],
    verifications: {},
    codes: {},
    decidedTickets: {},
    family: {
      relatives: (family.relatives ?? []).map(([personId, relation], i) => ({ relativeId: `rel-${letter(i)}`, personId, relation, addedAt: TODAY_BOUND })),
      grants: (family.grantedTo ?? []).map(([personId, relation], i) => ({ grantId: `grant-${letter(i)}`, personId, relation, grantedAt: TODAY_BOUND })),
      challenge: null,
    },
    payOrders: {},
  }
}

export function personaOf(personaId: string): Persona {
  return findPersona(personaId) ?? (findPersona(DEFAULT_PERSONA_ID) as Persona)
}

/**
 * `record[key]` when the record has that key itself: never a property of the object prototype, so a
 * token named `constructor` or `__proto__` finds nothing.
 */
export function own<T>(record: Record<string, T>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined
}

/** Next deterministic identifier, e.g. `tok-7`. */
export function nextId(state: MockState, prefix: string): string {
  state.seq += 1
  return `${prefix}-${state.seq}`
}
