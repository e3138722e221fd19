import { View } from '@tarojs/components'
import { useState } from 'react'
import { ERROR_MESSAGES } from '@/gateway/errors'
import { Keypad } from '@/ui/Keypad'
import { Screen } from '@/ui/Screen'
import { CardGate } from '@/identity/card'
import { usePasswordPrompt } from '@/identity/usePasswordPrompt'
import { ServiceGate } from '@/city/ServiceGate'
import { CounterHelp, LinkButton } from '@/ui/Links'
import { NewPasswordEntry } from '@/identity/NewPasswordEntry'
import { Result } from '@/ui/Result'
import '../claim.css'
import '@/ui/weui/msg'

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

/** Current PIN, then the new one twice: a wrong current PIN starts over with the attempts left; the last one locks it. */
function ChangePin({ onChanged }: { onChanged(): void }) {
  const change = usePasswordPrompt('pinChange', { invalidates: ['cardStatus'] })
  const [currentPin, setCurrentPin] = useState<string | null>(null)

  async function submit(newPin: string) {
    if (currentPin && (await change.submit({ currentPin, newPin }))) onChanged()
  }

  if (change.locked) return <Locked />
  const currentWrong = change.error?.code === 'PIN_WRONG'
  return currentPin === null || currentWrong ? (
    <Keypad
      label="请输入社保卡当前密码"
      {...change.digits}
      error={currentWrong ? change.message : null}
      onComplete={(value) => {
        change.clearError()
        setCurrentPin(value)
      }}
    />
  ) : (
    <NewPasswordEntry what="新的社保卡密码" context={{}} forbidInitialPin error={change.error} disabled={change.pending} onDone={submit} />
  )
}

export default function PinActivationPage() {
  const [activated, setActivated] = useState(false)
  return (
    <Screen>
      <View className="page-title">社保卡密码激活</View>
      <View className="block claim-explain" role="note">
        实体社保卡的社保密码初始为 123456。为保障安全，初始密码不能用于医保结算（药店、医院刷卡），改为您自己的 6
        位密码后才能使用。社保密码与电子社保卡密码、银行卡密码相互独立。
      </View>
      <ServiceGate serviceId="pin">
        <CardGate admits={['none']}>
          {(card) => {
            const pin = activated ? 'active' : card.pin
            if (pin === 'locked') return <Locked />
            if (pin === 'active') return <Activated />
            return <ChangePin onChanged={() => setActivated(true)} />
          }}
        </CardGate>
      </ServiceGate>
    </Screen>
  )
}
