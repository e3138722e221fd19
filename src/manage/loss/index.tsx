import { Button, View } from '@tarojs/components'
import { useState } from 'react'
import type { CardStatus } from '@/gateway/contract'
import { useSubmit } from '@/gateway/hooks'
import { CounterHelp, HOTLINE } from '@/ui/Links'
import { Result } from '@/ui/Result'
import { Screen } from '@/ui/Screen'
import { VerifiedConfirm } from '@/ui/VerifiedConfirm'
import { CardGate } from '../CardGate'
import '../manage.css'
import '@/ui/weui/msg'

const UNDO = `找回卡片后，可拨打 ${HOTLINE} 或携带身份证到社保经办网点柜台解除挂失；如需补办新卡，请到柜台申请（申请补卡后不能再解除挂失）。`

/** Temporary loss: what it does, then a check and a confirmation, then one idempotent request. */
function ReportLoss({ card }: { card: CardStatus }) {
  const [reporting, setReporting] = useState(false)
  const [done, setDone] = useState(false)
  const loss = useSubmit('reportLoss')

  if (done) {
    return (
      <Result kind="warn" title="社保卡已临时挂失" actions={<CounterHelp />}>
        <View className="weui-msg__desc">实体社保卡和电子社保卡已停止使用，不能亮码、支付和查询。</View>
        <View className="weui-msg__desc result-next">{UNDO}</View>
      </Result>
    )
  }
  return (
    <View>
      <View className="block" role="note">
        <View className="manage-text">社保卡丢失后请尽快挂失。临时挂失后，实体社保卡和电子社保卡立即停止使用（不能亮码、支付和查询）。</View>
        <View className="manage-text">{UNDO}</View>
      </View>
      {reporting ? (
        <VerifiedConfirm
          title="挂失社保卡"
          intro="为保护您的账户安全，请先核验身份。"
          purpose="loss"
          methods={card.password.locked ? ['face', 'sms'] : ['password', 'face', 'sms']}
          confirmation={{
            title: '确认临时挂失',
            content: `挂失后电子社保卡立即停止使用。解除挂失请拨打 ${HOTLINE} 或到社保经办网点柜台办理。`,
            confirmText: '确认挂失',
            cancelText: '暂不挂失',
          }}
          action={{
            submit: async (verificationToken) => {
              if (await loss.submit({ verificationToken })) setDone(true)
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
  return (
    <Screen>
      <View className="page-title">社保卡临时挂失</View>
      <CardGate>{(card) => <ReportLoss card={card} />}</CardGate>
    </Screen>
  )
}
