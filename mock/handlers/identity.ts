/** The mock's identity: the card's standing (and unbinding a channel), and the checks (SMS codes, face verification, the e-card password) that each grant a verification token. */
import type { identityEndpoints } from '@/identity/api'
import { nextId } from '../state'
import { FAMILY_LIMIT } from '../data/family'
import { consentPhone, relativeView } from './family'
import { cardView, checkEcardPassword, checkSms, fail, grantVerification, requireUsableCard, sendSms, takeVerification, type HandlersOf } from './common'

export const identityHandlers: HandlersOf<typeof identityEndpoints> = {
  cardStatus: (ctx) => cardView(ctx),
  smsSend: ({ input, state, persona, now }) => {
    const familyPhone = () => consentPhone(state) ?? fail('CONSENT_EXPIRED')
    return sendSms(state, input.purpose, input.phone ?? (input.purpose === 'family' ? familyPhone() : persona.phone), now)
  },
  smsVerify: ({ input, state, login, now }) => {
    checkSms(state, input.purpose, input.code, now)
    return grantVerification(state, input.purpose, login)
  },
  familyList: ({ state, now }) => ({ limit: FAMILY_LIMIT, relatives: state.family.relatives.map((entry) => relativeView(entry, now)) }),
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
  unbind: (ctx) => {
    const { state, input, login } = ctx
    if (state.card.status === 'none') fail('NO_ECARD')
    if (!state.card.channels.some((c) => c.channel === input.channel)) fail('NOT_FOUND')
    takeVerification(state, input.verificationToken, ['face', 'unbind', 'password'], login)
    state.card.channels = state.card.channels.filter((c) => c.channel !== input.channel)
    return cardView(ctx)
  },
}
