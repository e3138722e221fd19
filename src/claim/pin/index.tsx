import { View } from '@tarojs/components'
import { useCallback, useEffect, useState } from 'react'
import { ERROR_MESSAGES } from '@/gateway/errors'
import { useRequest, useSubmit } from '@/gateway/hooks'
import { Keypad } from '@/ui/Keypad'
import { RequestView } from '@/identity/RequestView'
import { Screen } from '@/ui/Screen'
import { CardProblem } from '@/ui/CardProblem'
import { attemptsMessage } from '@/ui/attempts'
import { ServiceGate } from '@/city/ServiceGate'
import { CounterHelp, LinkButton } from '@/ui/Links'
import { NewPasswordEntry } from '@/ui/NewPasswordEntry'
import { Result } from '@/ui/Result'
import '../claim.css'
import '@/ui/weui/msg'

const EXPLAIN =
  '实体社保卡的社保密码初始为 123456。为保障安全，初始密码不能用于医保结算（药店、医院刷卡），请先改为您自己的 6 位密码。社保密码与电子社保卡密码、银行卡密码相互独立。'

function Locked() {
  return (
    <Result kind="warn" title="社保卡密码已锁定" actions={<CounterHelp service="unlock-pin" />}>
      <View className="weui-msg__desc">{ERROR_MESSAGES.PIN_LOCKED}</View>
      <View className="weui-msg__desc result-next">下一步：锁定后无法在手机上解锁，请到就近的社保经办网点柜台办理，地址和办理时间见网点列表。</View>
    </Result>
  )
}

function Activated() {
  return (
    <Result
      kind="success"
      title="社保卡密码已激活"
      actions={
        <LinkButton url="/claim/status/index" primary>
          查看我的电子社保卡
        </LinkButton>
      }
    >
      <View className="weui-msg__desc">您的社保卡已不是初始密码，可以正常用于医保结算。请牢记新密码，连续输错 10 次将被锁定。</View>
    </Result>
  )
}

/** Current PIN, then the new one twice: a wrong current PIN starts over with the attempts left. */
function ChangePin({ onChanged, onLocked }: { onChanged(): void; onLocked(): void }) {
  const change = useSubmit('pinChange')
  const [currentPin, setCurrentPin] = useState<string | null>(null)
  const [round, setRound] = useState(0)

  async function submit(newPin: string) {
    if (!currentPin) return
    const result = await change.submit({ currentPin, newPin })
    if (result) onChanged()
    else setRound((n) => n + 1)
  }

  const { error } = change
  useEffect(() => {
    if (error?.code === 'PIN_LOCKED') onLocked()
    if (error?.code === 'PIN_WRONG') setCurrentPin(null)
  }, [error, onLocked])

  return currentPin === null ? (
    <Keypad
      key={`current-${round}`}
      label="请输入社保卡当前密码"
      error={error?.code === 'PIN_WRONG' ? attemptsMessage(error) : null}
      onComplete={(value) => {
        change.clearError()
        setCurrentPin(value)
      }}
    />
  ) : (
    <NewPasswordEntry
      key={`new-${round}`}
      what="新的社保卡密码"
      context={{}}
      forbidInitialPin
      error={error && error.code !== 'PIN_WRONG' ? error : null}
      disabled={change.pending}
      onDone={submit}
    />
  )
}

export default function PinActivationPage() {
  const status = useRequest('cardStatus', {})
  const [outcome, setOutcome] = useState<'active' | 'locked' | null>(null)
  const lock = useCallback(() => setOutcome('locked'), [])
  return (
    <Screen>
      <View className="page-title">社保卡密码激活</View>
      <ServiceGate serviceId="pin">
        <RequestView state={status} onRetry={status.reload} loadingLabel="正在查询您的社保卡">
          {(card) => {
            if (card.status === 'lost' || card.status === 'cancelled') return <CardProblem reason={card.status} />
            const pin = outcome ?? card.pin
            if (pin === 'locked') return <Locked />
            if (pin === 'active') return <Activated />
            return (
              <View>
                <View className="block claim-explain" role="note">
                  {EXPLAIN}
                </View>
                <ChangePin onChanged={() => setOutcome('active')} onLocked={lock} />
              </View>
            )
          }}
        </RequestView>
      </ServiceGate>
    </Screen>
  )
}
