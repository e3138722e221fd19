import { Text, View } from '@tarojs/components'
import type { PageUrl } from '@/lib/routes'
import Taro from '@tarojs/taro'
import type { CardStatus } from '@/identity/api'
import { useCardStatus } from '@/identity/cardStatus'
import { focusable } from '@/ui/focusable'

const STATUS_TEXT: Record<CardStatus['status'], string> = {
  none: '未申领',
  level1: '已申领',
  level2: '已开通缴费结算',
  lost: '已挂失',
  cancelled: '已注销',
}

function stateText(state: ReturnType<typeof useCardStatus>): string {
  if (state.phase === 'loading') return '正在查询…'
  if (state.phase === 'done') return STATUS_TEXT[state.data.status]
  return state.error.code === 'UNAUTHORIZED' ? '登录后查看' : '暂时查不到，点此重试'
}

/** The e-card at a glance. An H5 visitor without a session sees 登录后查看, not an error. */
export function CardEntry() {
  // Claiming or reporting a loss elsewhere makes it out of date; back on the home tab it is asked again when no longer fresh.
  const card = useCardStatus()
  const text = stateText(card)
  const open = () => {
    if (card.phase === 'error' && card.error.retryable) return card.reload()
    const url: PageUrl = card.phase === 'done' && card.data.status === 'none' ? '/claim/wizard/index' : '/claim/status/index'
    void Taro.navigateTo({ url })
  }
  const warn = card.phase === 'done' && (card.data.status === 'lost' || card.data.status === 'cancelled')

  return (
    <View className="weui-cells card-entry">
      <View
        className="weui-cell weui-cell_access title-cell"
        role="link"
        {...focusable}
        ariaLabel={`我的电子社保卡，${text}`}
        hoverClass="weui-cell_active"
        onClick={open}
      >
        <View className="weui-cell__bd title-cell__title">我的电子社保卡</View>
        <View className="weui-cell__ft weui-cell__ft_in-access">
          <Text className={warn ? 'card-entry__state card-entry__state--warn' : 'card-entry__state'}>{text}</Text>
        </View>
      </View>
    </View>
  )
}
