import { View } from '@tarojs/components'
import { Button } from '@/ui/Button'
import { useState } from 'react'
import type { SmsPurpose } from '@/identity/api'
import { GatewayError, messageOf } from '@/gateway/errors'
import { request } from '@/gateway/hooks'
import { Field } from '@/ui/Field'
import { useCountdown } from '@/ui/useCountdown'
import { Num } from '@/ui/Num'
import { Alert } from '@/ui/Alert'

/**
 * The SMS code row: 获取验证码 with a 60 s resend countdown (the gateway's cooldown), and the code
 * input. `beforeSend` checks the phone first and returns its problem, if any; nothing is sent then.
 */
export function SmsCodeField({
  purpose,
  phone,
  value,
  onValue,
  error,
  beforeSend,
}: {
  purpose: SmsPurpose
  phone?: string
  value: string
  onValue(value: string): void
  error?: string | null
  beforeSend?: () => string | null
}) {
  const [until, setUntil] = useState<number | null>(null)
  const [sendError, setSendError] = useState<string | null>(null)
  const [sending, setSending] = useState(false)
  const [sentTo, setSentTo] = useState<string | null>(null)
  const seconds = useCountdown(until)

  async function send() {
    if (sending || seconds > 0) return
    const problem = beforeSend?.() ?? null
    setSendError(problem)
    if (problem) return
    setSending(true)
    try {
      // One of two endpoints by purpose, paced by the gateway's cooldown below: a one-shot request, not useSubmit.
      const { cooldownSeconds, phoneMasked } =
        purpose === 'login' ? await request('smsLogin', { phone: phone ?? '' }) : await request('smsSend', phone ? { purpose, phone } : { purpose })
      setUntil(Date.now() + cooldownSeconds * 1000)
      setSentTo(phoneMasked)
    } catch (caught) {
      // The gateway's cooldown, or a 429's Retry-After: the button waits that long, counting down.
      const wait = caught instanceof GatewayError ? (caught.details.retryAfterSeconds ?? (caught.code === 'SMS_COOLDOWN' ? 60 : 0)) : 0
      if (wait > 0) setUntil(Date.now() + wait * 1000)
      setSendError(messageOf(caught))
    } finally {
      setSending(false)
    }
  }

  return (
    <View>
      <Field id={`sms-${purpose}`} label="验证码" kind="smsCode" placeholder="6 位短信验证码" value={value} onValue={onValue} error={error} />
      <View className="actions">
        <Button className="weui-btn weui-btn_default weui-btn_mini" disabled={sending || seconds > 0} onClick={send}>
          {seconds > 0 ? `${seconds} 秒后可重新获取` : '获取验证码'}
        </Button>
        {sentTo && !sendError ? (
          <View className="hint" role="status">
            验证码已发送至 <Num>{sentTo}</Num>
          </View>
        ) : null}
        <Alert message={sendError} />
      </View>
    </View>
  )
}
