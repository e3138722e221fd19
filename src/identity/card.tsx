import type { ReactNode } from 'react'
import type { CardStatus } from '@/identity/api'
import type { ErrorCode, GatewayError } from '@/gateway/errors'
import { problemOf, type CardPurpose } from '@/ui/CardProblem'
import { CardProblemFor, useActingFor } from './acting'
import { RequestView } from './RequestView'
import { isIssued, useCardStatus, type CardOf, type IssuedStatus } from './cardStatus'

type StoppedStatus = Exclude<CardStatus['status'], IssuedStatus>

/**
 * A page that needs the e-card of whom it acts for (the resident, or a relative inside ActingFor): loading, error (with the H5 login), and a card that is not
 * there or not usable (none, lost, cancelled) explained with what to do, titled for `purpose`; the page
 * gets an issued card. `admits` lets the page handle some of those statuses itself (unbinding still
 * works on a lost card; the claim wizard starts when there is none).
 */
export function CardGate<Admitted extends StoppedStatus = never>({
  admits = [],
  purpose = 'card',
  loadingLabel = '正在查询您的社保卡',
  children,
}: {
  admits?: readonly Admitted[]
  purpose?: CardPurpose
  loadingLabel?: string
  children(card: CardOf<IssuedStatus | Admitted>): ReactNode
}) {
  const status = useCardStatus(useActingFor().input)
  const admitted = (card: CardStatus): card is CardOf<IssuedStatus | Admitted> =>
    isIssued(card) || (admits as readonly CardStatus['status'][]).includes(card.status)
  return (
    <RequestView state={status} onRetry={status.reload} loadingLabel={loadingLabel}>
      {(card) => (admitted(card) ? children(card) : <CardProblemFor reason={problemOf(card as CardOf<StoppedStatus>)} purpose={purpose} />)}
    </RequestView>
  )
}

/** The gateway's refusals that mean the e-card cannot be used. */
const REFUSED_CARD: Partial<Record<ErrorCode, StoppedStatus>> = { NO_ECARD: 'none', CARD_LOST: 'lost', CARD_CANCELLED: 'cancelled' }

/** The card problem behind a gateway refusal, if it is one. */
export const cardProblemOf = (error: GatewayError): StoppedStatus | undefined => REFUSED_CARD[error.code]
