/**
 * The mock's 亲情服务: adding a relative with their consent (SMS to their own phone, or their face check; a minor
 * by the guardianship the gateway knows), removing, the relative's side (grants, revoke), and the one check of
 * `onBehalfOf` every endpoint goes through (actingFor).
 */
import type { ResponseOf } from '@/gateway/contract'
import type { familyEndpoints } from '@/family/api'
import { maskIdNumber, maskName } from '@/lib/mask'
import { birthDateOf } from '@/lib/idNumber'
import { ACTING_LIMIT, FAMILY_LIMIT, findByIdNumber, findFamilyPerson, type FamilyPerson } from '../data/family'
import { cardOf, nextId, type MockState } from '../state'
import { fail, takeVerification, type HandlersOf } from './common'

/** How long the relative has to consent. */
const CONSENT_TTL_MS = 10 * 60_000
type RelativeEntry = MockState['family']['relatives'][number]

const personOf = (personId: string) => findFamilyPerson(personId) as FamilyPerson

function isMinor(person: FamilyPerson, now: number): boolean {
  const born = birthDateOf(person.idNumber, new Date(now)) ?? '00000000'
  const adult = new Date(now)
  adult.setFullYear(adult.getFullYear() - 18)
  return born > adult.toISOString().slice(0, 10).replace(/-/g, '')
}

/** The gateway allows a relative's payment code to a spouse, and to the guardian of a minor. */
const mayPay = (entry: RelativeEntry, now: number) => entry.relation === 'spouse' || isMinor(personOf(entry.personId), now)

export function relativeView(entry: RelativeEntry, now: number): ResponseOf<'familyList'>['relatives'][number] {
  const person = personOf(entry.personId)
  return {
    relativeId: entry.relativeId,
    relation: entry.relation,
    nameMasked: maskName(person.name),
    idNumberMasked: maskIdNumber(person.idNumber),
    status: person.status,
    paymentCode: mayPay(entry, now),
  }
}

/** Adding someone already on the list renews their consent and relationship, under the same id. */
function addRelative(state: MockState, personId: string, relation: RelativeEntry['relation'], now: number): RelativeEntry {
  const addedAt = new Date(now).toISOString().slice(0, 10)
  const known = state.family.relatives.find((r) => r.personId === personId)
  if (known) return Object.assign(known, { relation, addedAt })
  const entry = { relativeId: nextId(state, 'rel'), personId, relation, addedAt }
  state.family.relatives.push(entry)
  return entry
}

const relativeEntry = (state: MockState, relativeId: string) => state.family.relatives.find((r) => r.relativeId === relativeId)

/**
 * The gateway's authorisation of `onBehalfOf`, for every endpoint: a relative on the resident's list, or
 * RELATIVE_NOT_ON_LIST. The handler then sees the relative's card and person (their records, their codes);
 * the resident's own state stays the `holder` (their password authorises, their channel shows the code).
 */
export function actingFor(state: MockState, relativeId: string | undefined) {
  if (relativeId === undefined) return null
  const entry = relativeEntry(state, relativeId) ?? fail('RELATIVE_NOT_ON_LIST')
  const person = personOf(entry.personId)
  const card = cardOf(person)
  const seen = new Proxy(state, { get: (target, key, receiver) => (key === 'card' ? card : Reflect.get(target, key, receiver)) })
  return { state: seen, persona: person }
}

/** Whether the resident may show this relative's payment code (RELATIVE_NO_PAY otherwise). */
export function requirePaymentFor(state: MockState, relativeId: string | undefined, now: number): void {
  const entry = relativeId === undefined ? undefined : relativeEntry(state, relativeId)
  if (entry && !mayPay(entry, now)) fail('RELATIVE_NO_PAY')
}

/** The relative's own phone, where the consent SMS goes (null: no addition awaits consent). */
export const consentPhone = (state: MockState) => (state.family.challenge ? personOf(state.family.challenge.personId).phone : null)

export const familyHandlers: HandlersOf<typeof familyEndpoints> = {
  familyAdd: ({ input, state, persona, now }) => {
    const { family } = state
    const person = findByIdNumber(input.idNumber)
    if (!person || person.name !== input.name || person.id === persona.id) return fail('IDENTITY_MISMATCH')
    const known = family.relatives.some((r) => r.personId === person.id)
    if (!known && family.relatives.length >= FAMILY_LIMIT) fail('FAMILY_FULL', { limit: FAMILY_LIMIT })
    if (person.status === 'none') fail('RELATIVE_NO_CARD')
    if ((person.addedBy ?? 0) >= ACTING_LIMIT) fail('RELATIVE_GRANTS_FULL', { limit: ACTING_LIMIT })
    if (isMinor(person, now)) {
      if (!person.guardians?.includes(persona.id)) fail('GUARDIAN_UNCONFIRMED')
      return { consent: 'guardian', relative: relativeView(addRelative(state, person.id, input.relation, now), now) }
    }
    const challengeId = nextId(state, 'consent')
    family.challenge = { challengeId, personId: person.id, relation: input.relation, expiresAt: now + CONSENT_TTL_MS }
    const certifyId = nextId(state, 'cert')
    state.certifyIds.push(certifyId)
    return { consent: 'relative', challengeId, certifyId }
  },
  familyConsent: ({ input, state, login, now }) => {
    const { challenge } = state.family
    if (!challenge || challenge.challengeId !== input.challengeId || now > challenge.expiresAt) return fail('CONSENT_EXPIRED')
    takeVerification(state, input.verificationToken, ['family', 'face'], login)
    state.family.challenge = null
    return relativeView(addRelative(state, challenge.personId, challenge.relation, now), now)
  },
  familyGrants: ({ state }) =>
    state.family.grants.map(({ grantId, personId, relation, grantedAt }) => {
      const person = personOf(personId)
      return { grantId, relation, nameMasked: maskName(person.name), idNumberMasked: maskIdNumber(person.idNumber), grantedAt }
    }),
  // One bond, one id for both people: the resident's relative, or someone who may act for the resident.
  familyEnd: ({ input, state }) => {
    const { relatives, grants } = state.family
    if (!relatives.some((r) => r.relativeId === input.bondId) && !grants.some((g) => g.grantId === input.bondId)) fail('NOT_FOUND')
    state.family.relatives = relatives.filter((r) => r.relativeId !== input.bondId)
    state.family.grants = grants.filter((g) => g.grantId !== input.bondId)
    return { ok: true }
  },
}
