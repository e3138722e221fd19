import type { ReactNode } from 'react'
import type { CardStatus } from '@/identity/api'
import { useRequest } from '@/gateway/hooks'
import { CardProblem } from '@/ui/CardProblem'
import { RequestView } from '@/identity/RequestView'
import './manage.css'

/**
 * Loads the card status for a management page: loading, error (with the H5 login), no e-card yet, and
 * a lost or cancelled card explained with what to do; the page gets the usable card. `stopped` lets a
 * page handle lost and cancelled cards itself (unbinding still works on them).
 */
export function CardGate({ stopped, children }: { stopped?: boolean; children(card: CardStatus): ReactNode }) {
  const status = useRequest('cardStatus', {})
  return (
    <RequestView state={status} onRetry={status.reload} loadingLabel="正在查询您的社保卡">
      {(card) => {
        if (card.status === 'none') return <CardProblem reason="none" />
        if (!stopped && (card.status === 'lost' || card.status === 'cancelled')) return <CardProblem reason={card.status} />
        return children(card)
      }}
    </RequestView>
  )
}
