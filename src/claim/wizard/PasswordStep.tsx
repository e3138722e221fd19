import { PASSWORD_RULES_HINT } from '@/lib/password'
import { View } from '@tarojs/components'
import { useSubmit } from '@/gateway/hooks'
import { useClaim } from '@/claim/store'
import { NewPasswordEntry } from '@/identity/NewPasswordEntry'

/**
 * Step 4: the e-card password, twice on the keypad, checked with the ID number and phone as context
 * (kept in memory; after a reload the gateway still refuses weak ones). Then level 1 is issued.
 */
export function PasswordStep() {
  const { identity, verificationToken, send, issued } = useClaim()
  // A verification used up at the gateway sends the wizard back to 身份核验 (the table's verificationExpired).
  const issue = useSubmit('issue', {
    invalidates: ['cardStatus'],
    onError: (refusal) => refusal.code === 'VERIFICATION_REQUIRED' && send('verificationExpired'),
  })

  async function submit(password: string) {
    if (!verificationToken) return send('verificationExpired')
    if (await issue.submit({ verificationToken, password })) issued()
  }

  return (
    <View>
      <View className="hint claim-lead">电子社保卡密码用于出示二维码和确认支付。{PASSWORD_RULES_HINT}</View>
      <NewPasswordEntry
        what="6 位电子社保卡密码"
        context={{ idNumber: identity.idNumber || undefined, phone: identity.phone || undefined }}
        error={issue.error}
        disabled={issue.pending}
        onDone={submit}
      />
    </View>
  )
}
