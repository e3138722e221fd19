import type { CardStatus } from '@/identity/api'
import { platformName } from '@/platform'
import type { CardProblemReason } from '@/ui/CardProblem'

/**
 * Why an issued card (CardGate explains the others) has no code to show on this channel, or null when it has one.
 * A relative's code shows on the resident's own channel (the gateway checks it); their locked password stops it.
 */
export function unavailableReason(card: CardStatus, forRelative = false): CardProblemReason | null {
  if (!forRelative && !card.channels.some((bound) => bound.channel === platformName)) return 'unbound'
  return card.password.locked ? 'password-locked' : null
}
