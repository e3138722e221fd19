import { PASSWORD_RULES_HINT } from '@/lib/password'
import { View } from '@tarojs/components'
import { useState } from 'react'
import { useSubmit } from '@/gateway/hooks'
import { NewPasswordEntry } from '@/identity/NewPasswordEntry'
import { DoneButton } from '@/ui/Links'
import { Result } from '@/ui/Result'
import { Screen } from '@/ui/Screen'
import { VerifyIdentity } from '@/identity/VerifyIdentity'
import { CardGate } from '@/identity/card'
import '../manage.css'
import '@/ui/weui/msg'
import { Alert } from '@/ui/Alert'

/** Face or SMS check, then the new password twice; the reset also lifts the lock. */
function ResetPassword({ locked, onReset }: { locked: boolean; onReset(): void }) {
  const [token, setToken] = useState<string | null>(null)
  const reset = useSubmit('passwordReset', { invalidates: ['cardStatus'] })

  async function submit(verificationToken: string, newPassword: string) {
    if (await reset.submit({ verificationToken, newPassword })) onReset()
  }

  // A used or expired verification cannot be retried: check again.
  if (token === null || reset.error?.code === 'VERIFICATION_REQUIRED') {
    return (
      <View>
        <View className="hint manage-lead">{locked ? '您的密码已锁定。' : ''}为保护您的账户安全，请先核验身份。</View>
        <Alert message={reset.error?.message} />
        <VerifyIdentity
          purpose="reset"
          methods={['face', 'sms']}
          phoneShown="社保卡登记的手机号"
          onVerified={(verified) => {
            reset.clearError()
            setToken(verified)
          }}
        />
      </View>
    )
  }
  return (
    <View>
      <View className="hint manage-lead">{PASSWORD_RULES_HINT}</View>
      <NewPasswordEntry what="新的 6 位电子社保卡密码" context={{}} error={reset.error} disabled={reset.pending} onDone={(value) => submit(token, value)} />
    </View>
  )
}

export default function ResetPasswordPage() {
  /** Whether the reset lifted a lock (the card status, refreshed by the reset, no longer says). */
  const [done, setDone] = useState<{ unlocked: boolean } | null>(null)
  return (
    <Screen>
      <View className="page-title">重置电子社保卡密码</View>
      {done ? (
        <Result kind="success" title={done.unlocked ? '密码已重置，锁定已解除' : '密码已重置'} actions={<DoneButton />}>
          <View className="weui-msg__desc">下次亮码、支付请使用新密码。请牢记新密码，不要告诉他人。</View>
        </Result>
      ) : (
        <>
          <View className="hint manage-lead">忘记密码或密码被锁定时，可以在这里设置新的电子社保卡密码，锁定同时解除。</View>
          <CardGate admits={['lost', 'cancelled']}>
            {(card) => <ResetPassword locked={card.password.locked} onReset={() => setDone({ unlocked: card.password.locked })} />}
          </CardGate>
        </>
      )}
    </Screen>
  )
}
