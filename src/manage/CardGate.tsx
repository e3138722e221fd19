import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { ReactNode } from 'react'
import type { CardStatus } from '@/gateway/contract'
import { useRequest } from '@/gateway/hooks'
import { CardProblem } from '@/ui/CardProblem'
import { LinkButton } from '@/ui/Links'
import { RequestView } from '@/ui/states'
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
        if (card.status === 'none') {
          return (
            <View className="block" role="status">
              <View className="manage-text">您还没有领取电子社保卡。</View>
              <LinkButton url="/claim/wizard/index" primary>
                申领电子社保卡
              </LinkButton>
            </View>
          )
        }
        if (!stopped && (card.status === 'lost' || card.status === 'cancelled')) return <CardProblem status={card.status} />
        return children(card)
      }}
    </RequestView>
  )
}

/** Back to the civic centre's home tab (after signing out, clearing data or unbinding). */
export function goHome(): void {
  void Taro.reLaunch({ url: '/pages/home/index' }).catch(() => undefined)
}
