import { PASSWORD_RULES_HINT } from '@/lib/password'
import { View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { useSubmit } from '@/gateway/hooks'
import { useClaim } from '@/stores/claim'
import { NewPasswordEntry } from '@/ui/NewPasswordEntry'

/**
 * Step 4: the e-card password, twice on the keypad, checked with the ID number and phone as context
 * (kept in memory; after a reload the gateway still refuses weak ones). Then level 1 is issued.
 */
export function PasswordStep({ onIssued }: { onIssued(): void }) {
  const { identity, verificationToken, goTo, reset } = useClaim()
  const issue = useSubmit('issue', { invalidates: ['cardStatus'] })
  const [round, setRound] = useState(0)

  async function submit(password: string) {
    if (!verificationToken) return goTo('verify')
    const result = await issue.submit({ verificationToken, password })
    if (result) {
      reset()
      onIssued()
      return
    }
    setRound((n) => n + 1)
  }

  const expired = issue.error?.code === 'VERIFICATION_REQUIRED'
  useEffect(() => {
    if (expired) goTo('verify')
  }, [expired, goTo])

  return (
    <View>
      <View className="hint claim-lead">电子社保卡密码用于出示二维码和确认支付。{PASSWORD_RULES_HINT}</View>
      <NewPasswordEntry
        key={round}
        what="6 位电子社保卡密码"
        context={{ idNumber: identity.idNumber || undefined, phone: identity.phone || undefined }}
        error={issue.error}
        disabled={issue.pending}
        onDone={submit}
      />
    </View>
  )
}
