import { View } from '@tarojs/components'
import { Button } from '@/ui/Button'
import { useState } from 'react'
import { loginWithSms } from '@/gateway/client'
import { messageOf } from '@/gateway/errors'
import { fieldError, normaliseField } from '@/lib/fields'
import { Field } from '@/ui/Field'
import { SmsCodeField } from './SmsCodeField'
import { Alert } from '@/ui/Alert'

/** H5 login by phone and SMS code (mini-programs log in silently with the platform's code). */
export function SmsLogin({ onDone }: { onDone?: () => void }) {
  const [phone, setPhone] = useState('')
  const [code, setCode] = useState('')
  const [errors, setErrors] = useState<{ phone?: string | null; code?: string | null; form?: string | null }>({})
  const [pending, setPending] = useState(false)

  async function submit() {
    if (pending) return
    const next = { phone: fieldError('phone', phone), code: fieldError('smsCode', code) }
    setErrors(next)
    if (next.phone || next.code) return
    setPending(true)
    try {
      await loginWithSms(normaliseField('phone', phone), normaliseField('smsCode', code))
      onDone?.()
    } catch (caught) {
      setErrors({ form: messageOf(caught) })
    } finally {
      setPending(false)
    }
  }

  return (
    <View className="sms-login">
      <View className="page-title">请先登录</View>
      <View className="hint">使用手机号和短信验证码登录，查看您的电子社保卡。</View>
      <View className="weui-cells weui-cells_form">
        <Field id="login-phone" label="手机号" kind="phone" placeholder="11 位手机号" value={phone} onValue={setPhone} error={errors.phone} />
        <SmsCodeField
          purpose="login"
          phone={normaliseField('phone', phone)}
          value={code}
          onValue={setCode}
          error={errors.code}
          beforeSend={() => {
            const problem = fieldError('phone', phone)
            setErrors((e) => ({ ...e, phone: problem }))
            return problem
          }}
        />
      </View>
      <Alert message={errors.form} />
      <View className="actions">
        <Button className="weui-btn weui-btn_primary" loading={pending} disabled={pending} onClick={submit}>
          登录
        </Button>
      </View>
    </View>
  )
}
