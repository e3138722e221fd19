import { View } from '@tarojs/components'
import { Button } from '@/ui/Button'
import { useState } from 'react'
import type { CardStatus } from '@/identity/api'
import { platformName } from '@/platform'
import { Result } from '@/ui/Result'
import { Screen } from '@/ui/Screen'
import { Unbind, type BoundChannel } from '@/identity/Unbind'
import { goHome } from '@/ui/navigation'
import { CardGate } from '@/identity/card'
import '../manage.css'
import '@/ui/weui/msg'

const HERE = { weapp: '微信', alipay: '支付宝', h5: '网页版' }[platformName]

/** Unbinding the channel this app runs in (WeChat, Alipay or the H5 site). */
function Unbound({ here }: { here: BoundChannel }) {
  return (
    <Result
      kind="success"
      title={`已解除与${here.name}的关联`}
      actions={
        <Button className="weui-btn weui-btn_primary" onClick={goHome}>
          返回首页
        </Button>
      }
    >
      <View className="weui-msg__desc">在{here.name}中需要时可以重新申领电子社保卡，其他渠道不受影响。</View>
    </Result>
  )
}

function UnbindHere({ card, here, onUnbound }: { card: CardStatus; here: BoundChannel; onUnbound(): void }) {
  const [unbinding, setUnbinding] = useState(false)
  return (
    <View>
      <View className="block" role="note">
        <View className="manage-text">电子社保卡已在{here.name}中关联。</View>
      </View>
      {unbinding ? (
        <Unbind card={card} channel={here} onDone={onUnbound} onCancel={() => setUnbinding(false)} />
      ) : (
        <View className="actions">
          <Button className="weui-btn weui-btn_warn" ariaLabel={`解除与${here.name}的关联`} onClick={() => setUnbinding(true)}>
            解除与{here.name}的关联
          </Button>
        </View>
      )}
    </View>
  )
}

export default function UnbindPage() {
  // The result stays, though the card status (refreshed by the unbinding) no longer lists this channel.
  const [unbound, setUnbound] = useState<BoundChannel | null>(null)
  return (
    <Screen>
      <View className="page-title">解除本渠道关联</View>
      {unbound ? (
        <Unbound here={unbound} />
      ) : (
        <>
          <View className="hint manage-lead">解除关联后，在{HERE}中不能再使用电子社保卡（亮码、支付、查询），需要时可重新申领；其他渠道不受影响。</View>
          <CardGate admits={['lost', 'cancelled']}>
            {(card) => {
              const here = card.channels.find((c) => c.channel === platformName)
              return here ? (
                <UnbindHere card={card} here={here} onUnbound={() => setUnbound(here)} />
              ) : (
                <View className="block" role="status">
                  <View className="manage-text">电子社保卡没有在{HERE}中关联，无需解除。</View>
                </View>
              )
            }}
          </CardGate>
        </>
      )}
    </Screen>
  )
}
