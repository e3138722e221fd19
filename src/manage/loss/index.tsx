import { View } from '@tarojs/components'
import { Button } from '@/ui/Button'
import { useState } from 'react'
import type { CardStatus } from '@/identity/api'
import { useSubmit } from '@/gateway/hooks'
import { bankLossStep, LOSS_GUIDANCE } from '@/lib/cardGuidance'
import { CounterHelp, LinkButton } from '@/ui/Links'
import { Result } from '@/ui/Result'
import { Screen } from '@/ui/Screen'
import { VerifiedConfirm } from '@/identity/VerifiedConfirm'
import { CardGate } from '@/identity/card'
import '../manage.css'
import '@/ui/weui/msg'

/** Temporary loss: what it does, then a check and a confirmation, then one idempotent request. */
function Reported({ card }: { card: CardStatus }) {
  return (
    <Result
      kind="warn"
      title="社保卡已临时挂失"
      actions={
        <>
          <LinkButton url="/card/apply/index?reason=lost">申请补换社保卡</LinkButton>
          <CounterHelp service="lift-loss" />
        </>
      }
    >
      <View className="weui-msg__desc">实体社保卡和电子社保卡已停止使用，不能亮码、支付和查询。</View>
      <View className="weui-msg__desc result-next">下一步：{bankLossStep(card.bankName)}</View>
      <View className="weui-msg__desc">{LOSS_GUIDANCE.lift}</View>
      <View className="weui-msg__desc">{LOSS_GUIDANCE.replace}</View>
    </Result>
  )
}

function ReportLoss({ card, onReported }: { card: CardStatus; onReported(): void }) {
  const [reporting, setReporting] = useState(false)
  const loss = useSubmit('reportLoss', { invalidates: ['cardStatus'] })
  return (
    <View>
      <View className="block" role="note">
        <View className="manage-text">{LOSS_GUIDANCE.lift}</View>
        <View className="manage-text">{LOSS_GUIDANCE.replace}</View>
        <View className="manage-text">{bankLossStep(card.bankName)}</View>
      </View>
      {reporting ? (
        <VerifiedConfirm
          title="挂失社保卡"
          intro="为保护您的账户安全，请先核验身份。"
          purpose="loss"
          methods={card.password.locked ? ['face', 'sms'] : ['password', 'face', 'sms']}
          confirmation={{
            title: '确认临时挂失',
            content: `${LOSS_GUIDANCE.stops}解除挂失需本人到社保经办网点柜台书面办理。`,
            confirmText: '确认挂失',
            cancelText: '暂不挂失',
          }}
          action={{
            submit: async (verificationToken) => {
              if (await loss.submit({ verificationToken })) onReported()
            },
            pending: loss.pending,
            error: loss.error,
          }}
          onCancel={() => setReporting(false)}
        />
      ) : (
        <View className="actions">
          <Button className="weui-btn weui-btn_warn" onClick={() => setReporting(true)}>
            挂失社保卡
          </Button>
        </View>
      )}
    </View>
  )
}

export default function LossPage() {
  // The result stays, though the card status (refreshed by the report) now says lost.
  const [reported, setReported] = useState<CardStatus | null>(null)
  return (
    <Screen>
      <View className="page-title">社保卡临时挂失</View>
      {reported ? (
        <Reported card={reported} />
      ) : (
        <>
          <View className="hint manage-lead">社保卡丢失后请尽快挂失。{LOSS_GUIDANCE.stops}</View>
          <CardGate>{(card) => <ReportLoss card={card} onReported={() => setReported(card)} />}</CardGate>
        </>
      )}
    </Screen>
  )
}
