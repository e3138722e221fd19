/** The mock's claim: precheck, issuing the e-card (level 1), the bank link (level 2) and the physical card's PIN. */
import type { claimEndpoints } from '@/claim/api'
import { maskPhone } from '@/lib/mask'
import { INITIAL_PIN } from '../data/personas'
import { hashSecret, nextId } from '../state'
import { cardView, checkSms, fail, isBound, refuseSameAsPin, refuseWeak, takeVerification, type HandlersOf } from './common'

const PIN_ATTEMPTS = 10

export const claimHandlers: HandlersOf<typeof claimEndpoints> = {
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
}
