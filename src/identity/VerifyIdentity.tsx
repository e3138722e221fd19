import { View } from '@tarojs/components'
import { Button } from '@/ui/Button'
import { useState } from 'react'
import type { SmsPurpose } from '@/identity/api'
import { useSubmit } from '@/gateway/hooks'
import { fieldError, normaliseField } from '@/lib/fields'
import { hasFaceVerification } from '@/platform'
import { usePasswordPrompt } from './usePasswordPrompt'
import { FaceCheck, type FacePurpose, type FaceSubject } from './FaceCheck'
import { Keypad } from '@/ui/Keypad'
import { SmsCodeField } from './SmsCodeField'
import './VerifyIdentity.css'
import { Alert } from '@/ui/Alert'

export type VerifyMethod = 'face' | 'sms' | 'password'

const METHOD_NAMES: Record<VerifyMethod, string> = { face: '人脸识别', sms: '短信验证码', password: '电子社保卡密码' }

/**
 * The identity check before a sensitive step: face through the platform adapter, an SMS code, or the
 * e-card password on the keypad. Each ends in the gateway's one-time verification token. Face is offered
 * only where the platform has it: in the claim once its precheck named the subject, in card management
 * after the resident's name and ID number; H5 goes straight to the SMS code.
 */
export function VerifyIdentity({
  purpose,
  methods,
  phone,
  phoneShown,
  faceSubject,
  onVerified,
}: {
  /** `family`: the relative's consent (亲情服务): their phone, or their face with `faceSubject`. */
  purpose: Extract<SmsPurpose, 'claim' | 'family' | FacePurpose>
  methods: readonly VerifyMethod[]
  /** The phone the SMS goes to; without it the gateway uses the card's registered phone. */
  phone?: string
  phoneShown?: string | null
  faceSubject?: FaceSubject | null
  onVerified(verificationToken: string): void
}) {
  const facePurpose = purpose === 'claim' || purpose === 'family' ? null : purpose
  const available = methods.filter((m) => m !== 'face' || (hasFaceVerification && (faceSubject || facePurpose)))
  const [method, setMethod] = useState<VerifyMethod>(available[0] ?? 'sms')
  const [note, setNote] = useState<string | null>(null)
  const [smsCode, setSmsCode] = useState('')
  const [smsProblem, setSmsProblem] = useState<string | null>(null)
  const sms = useSubmit('smsVerify')
  const password = usePasswordPrompt('passwordVerify', { invalidates: ['cardStatus'] })

  const done = (result: { verificationToken: string } | null) => {
    if (result) onVerified(result.verificationToken)
  }

  async function verifySms() {
    const problem = fieldError('smsCode', smsCode)
    setSmsProblem(problem)
    if (problem) return
    done(await sms.submit({ purpose, code: normaliseField('smsCode', smsCode) }))
  }

  async function verifyPassword(value: string) {
    done(await password.submit({ password: value }))
  }

  return (
    <View className="verify">
      {available.length > 1 ? (
        <View className="verify__methods" role="group" ariaLabel="选择核验方式">
          {available.map((m) => (
            <Button
              key={m}
              className={`weui-btn weui-btn_mini ${m === method ? 'weui-btn_primary' : 'weui-btn_default'}`}
              ariaLabel={`用${METHOD_NAMES[m]}核验${m === method ? '（当前）' : ''}`}
              onClick={() => {
                setMethod(m)
                setNote(null)
              }}
            >
              {METHOD_NAMES[m]}
            </Button>
          ))}
        </View>
      ) : null}
      <Alert message={note} />

      {method === 'face' ? (
        <FaceCheck
          subject={faceSubject}
          purpose={facePurpose}
          onVerified={onVerified}
          onUnavailable={() => {
            setMethod('sms')
            setNote('当前环境不支持人脸识别，请使用短信验证码')
          }}
        />
      ) : null}

      {method === 'sms' ? (
        <View>
          {phoneShown ? <View className="hint verify__hint">验证码将发送至 {phoneShown}</View> : null}
          <View className="weui-cells weui-cells_form">
            <SmsCodeField purpose={purpose} phone={phone} value={smsCode} onValue={setSmsCode} error={smsProblem} />
          </View>
          <Alert message={sms.error?.message} />
          <View className="actions">
            <Button className="weui-btn weui-btn_primary" loading={sms.pending} disabled={sms.pending} onClick={verifySms}>
              验证
            </Button>
          </View>
        </View>
      ) : null}

      {method === 'password' ? (
        <Keypad label="请输入电子社保卡密码" {...password.digits} error={password.message} disabled={password.pending} onComplete={verifyPassword} />
      ) : null}
    </View>
  )
}
