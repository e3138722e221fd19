import type { CardStatus } from '@/identity/api'
import { useRequest } from '@/gateway/hooks'

/**
 * The resident's e-card (or, `onBehalfOf`, a relative's): one cached request that every screen shares (one per
 * freshness window, not one per screen). The writes that change the card list 'cardStatus' in their `invalidates`.
 */
export const useCardStatus = (input: { onBehalfOf?: string } = {}) => useRequest('cardStatus', input)

export type IssuedStatus = 'level1' | 'level2'
/** A card whose status is one of `S` (a union by status, so that a check of the status narrows it). */
export type CardOf<S extends CardStatus['status']> = S extends CardStatus['status'] ? CardStatus & { status: S } : never

/** Claimed and usable: not lost, not cancelled. */
export const isIssued = (card: CardStatus): card is CardOf<IssuedStatus> => card.status === 'level1' || card.status === 'level2'
