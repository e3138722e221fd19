import { PASSWORD_RULES_HINT } from '@/lib/password'
import { View } from '@tarojs/components'
import { useState } from 'react'
import { GatewayError } from '@/gateway/errors'
import { usePasswordPrompt } from '@/identity/usePasswordPrompt'
import { Keypad } from '@/ui/Keypad'
import { NewPasswordEntry } from '@/identity/NewPasswordEntry'
import { DoneButton } from '@/ui/Links'
import { Result } from '@/ui/Result'
import { Screen } from '@/ui/Screen'
import { CardGate } from '@/identity/card'
import { PasswordState } from '../PasswordState'
import '../manage.css'
import '@/ui/weui/msg'

/** The password rules, above the new password's keypad. */
const RULES = <View className="hint manage-lead">{PASSWORD_RULES_HINT}</View>

type Stage = { step: 'old' } | { step: 'new'; oldPassword: string }

const LOCKED = { locked: true, attemptsLeft: 0 }

/**
 * The old password on the keypad (checked at once, so a wrong one shows the attempts left), then the
 * new one twice with the claim's rules. Passwords live in this component's state only.
 */
function ChangePassword({ onChanged }: { onChanged(): void }) {
  const [stage, setStage] = useState<Stage>({ step: 'old' })
  const [sameAsOld, setSameAsOld] = useState(false)
  const verify = usePasswordPrompt('passwordVerify', { invalidates: ['cardStatus'] })
  const change = usePasswordPrompt('passwordChange', { invalidates: ['cardStatus'] })

  async function checkOld(oldPassword: string) {
    change.clearError()
    const result = await verify.submit({ password: oldPassword })
    if (result) setStage({ step: 'new', oldPassword })
  }

  async function submitNew(oldPassword: string, newPassword: string) {
    setSameAsOld(newPassword === oldPassword)
    if (newPassword === oldPassword) return
    if (await change.submit({ oldPassword, newPassword })) onChanged()
  }

  if (verify.locked || change.locked) return <PasswordState password={LOCKED} />
  // The old password can still turn out wrong at the change (changed meanwhile elsewhere): ask again.
  const oldWrong = change.error?.code === 'PASSWORD_WRONG'
  if (stage.step === 'old' || oldWrong) {
    return (
      <Keypad
        label="请输入原电子社保卡密码"
        {...verify.digits}
        error={verify.message ?? (oldWrong ? change.message : null)}
        disabled={verify.pending}
        onComplete={checkOld}
      />
    )
  }
  return (
    <>
      {RULES}
      <NewPasswordEntry
        what="新的 6 位电子社保卡密码"
        context={{}}
        error={sameAsOld ? new GatewayError('PASSWORD_SAME') : change.error}
        disabled={change.pending}
        onDone={(value) => submitNew(stage.oldPassword, value)}
      />
    </>
  )
}

export default function ChangePasswordPage() {
  const [changed, setChanged] = useState(false)
  return (
    <Screen>
      <View className="page-title">修改电子社保卡密码</View>
      {changed ? (
        <Result kind="success" title="密码已修改" actions={<DoneButton />}>
          <View className="weui-msg__desc">下次亮码、支付请使用新密码。请牢记新密码，不要告诉他人。</View>
        </Result>
      ) : (
        <>
          <View className="hint manage-lead">先输入原密码，再设置新密码。忘记原密码时，请在“卡片管理”中选择“重置密码”。</View>
          <CardGate>
            {(card) => (card.password.locked ? <PasswordState password={card.password} /> : <ChangePassword onChanged={() => setChanged(true)} />)}
          </CardGate>
        </>
      )}
    </Screen>
  )
}
