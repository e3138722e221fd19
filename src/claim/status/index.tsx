import { View } from '@tarojs/components'
import { Button } from '@/ui/Button'
import { useState } from 'react'
import { formatDate } from '@/lib/format'
import { Screen } from '@/ui/Screen'
import { CardGate } from '@/identity/card'
import type { CardOf, IssuedStatus } from '@/identity/cardStatus'
import { LevelOpens } from '../components/LevelOpens'
import { activationGuidance } from '@/lib/cardGuidance'
import { LinkButton, OUTLETS_URL } from '@/ui/Links'
import { Unbind, type BoundChannel } from '@/identity/Unbind'
import { LEVEL_INFO } from '../levels'
import '../claim.css'
import { Num } from '@/ui/Num'

function CardView({ card }: { card: CardOf<IssuedStatus> }) {
  const [unbinding, setUnbinding] = useState<BoundChannel | null>(null)
  const [notice, setNotice] = useState<string | null>(null)
  const level = card.status

  return (
    <View>
      <View className="block claim-card" role="group" ariaLabel="电子社保卡信息">
        <View className="claim-card__level">{LEVEL_INFO[level].title}</View>
        <View className="claim-card__row">持卡人：{card.holderName}</View>
        <View className="claim-card__row">
          身份证号：<Num>{card.idNumberMasked ?? ''}</Num>
        </View>
        <View className="claim-card__row">
          关联银行卡：
          {card.bankCardMasked ? (
            <>
              {card.bankName ?? ''} <Num>{card.bankCardMasked}</Num>
            </>
          ) : (
            '未关联（未开通缴费结算）'
          )}
        </View>
        <LevelOpens level={level} />
        {level === 'level1' ? (
          <View>
            <View className="hint claim-card__activation" role="note">
              {activationGuidance(card.cityId)}
            </View>
            <LinkButton url="/claim/bank/index" primary>
              开通缴费结算（二级签发）
            </LinkButton>
            <LinkButton url={`${OUTLETS_URL}?service=bank-activate`}>查找可启用金融功能的网点</LinkButton>
          </View>
        ) : null}
        {card.pin === 'initial' ? <LinkButton url="/claim/pin/index">社保卡仍是初始密码，去激活</LinkButton> : null}
      </View>

      <View className="weui-cells__title">已关联的渠道</View>
      {notice ? (
        <View className="hint claim-notice" role="status">
          {notice}
        </View>
      ) : null}
      <View className="weui-cells">
        {card.channels.length === 0 ? <View className="weui-cell">暂无关联的渠道</View> : null}
        {card.channels.map((bound) => (
          <View key={bound.channel} className="weui-cell">
            <View className="weui-cell__bd">
              {bound.name}
              <View className="claim-card__since">{formatDate(bound.boundAt)} 关联</View>
            </View>
            <View className="weui-cell__ft">
              <Button
                className="weui-btn weui-btn_mini weui-btn_warn"
                ariaLabel={`解除与${bound.name}的关联`}
                disabled={unbinding !== null}
                onClick={() => {
                  setNotice(null)
                  setUnbinding(bound)
                }}
              >
                解除关联
              </Button>
            </View>
          </View>
        ))}
      </View>
      {unbinding ? (
        <Unbind
          card={card}
          channel={unbinding}
          onCancel={() => setUnbinding(null)}
          onDone={() => {
            setNotice(`已解除与${unbinding.name}的关联`)
            setUnbinding(null)
          }}
        />
      ) : null}
    </View>
  )
}

export default function CardStatusPage() {
  return (
    <Screen>
      <View className="page-title">我的电子社保卡</View>
      <View className="hint claim-lead">这里可以查看电子社保卡的签发级别、能办的事和关联的银行卡；不再使用的渠道，可以在下面解除关联。</View>
      <CardGate>{(card) => <CardView card={card} />}</CardGate>
    </Screen>
  )
}
