/** The mock's card management: password change and reset, loss report. */
import type { manageEndpoints } from '@/manage/api'
import { hashSecret } from '../state'
import { cardView, checkEcardPassword, fail, refuseSameAsPin, refuseWeak, requireUsableCard, takeVerification, type HandlersOf } from './common'

export const manageHandlers: HandlersOf<typeof manageEndpoints> = {
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
}
