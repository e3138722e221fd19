import type { CardStatus } from '@/identity/api'
import { platformName } from '@/platform'
import type { CardProblemReason } from '@/ui/CardProblem'

/** Why there is no code to show on this channel, or null when there is one. */
export function unavailableReason(card: CardStatus): CardProblemReason | null {
  if (card.status === 'none' || card.status === 'lost' || card.status === 'cancelled') return card.status
  if (!card.channels.some((bound) => bound.channel === platformName)) return 'unbound'
  return card.password.locked ? 'password-locked' : null
}
