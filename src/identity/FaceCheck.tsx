import { View } from '@tarojs/components'
import { Button } from '@/ui/Button'
import { useState } from 'react'
import { ERROR_MESSAGES } from '@/gateway/errors'
import { useSubmit } from '@/gateway/hooks'
import { fieldError, normaliseField } from '@/lib/fields'
import { verifyFace } from '@/platform'
import { Field } from '@/ui/Field'
import { Alert } from '@/ui/Alert'

/** Who the platform's face check is for; the gateway's certifyId names the check. */
export interface FaceSubject {
  name: string
  idNumber: string
  certifyId: string
}

/** Card management steps that start their own face check (the claim's comes from its precheck). */
export type FacePurpose = 'reset' | 'loss' | 'unbind'

/**
 * Face verification through the platform adapter, ending in the gateway's verification token. With a
 * known subject (the claim) it starts at once; otherwise the resident types their name and ID number
 * (kept in memory only), which the gateway checks against the card holder before the face check.
 */
export function FaceCheck({
  subject,
  purpose,
  onVerified,
  onUnavailable,
}: {
  subject?: FaceSubject | null
  purpose: FacePurpose | null
  onVerified(verificationToken: string): void
  onUnavailable(): void
}) {
  const [name, setName] = useState('')
  const [idNumber, setIdNumber] = useState('')
  const [problems, setProblems] = useState<{ name?: string | null; idNumber?: string | null }>({})
  const [note, setNote] = useState<string | null>(null)
  const start = useSubmit('faceStart')
  const face = useSubmit('faceResult')
  const pending = start.pending || face.pending

  async function whoIsIt(): Promise<FaceSubject | null> {
    if (subject) return subject
    if (!purpose) return null
    const next = { name: fieldError('name', name), idNumber: fieldError('idNumber', idNumber) }
    setProblems(next)
    if (next.name || next.idNumber) return null
    const who = { name: normaliseField('name', name), idNumber: normaliseField('idNumber', idNumber) }
    const started = await start.submit({ purpose, ...who })
    return started ? { ...who, certifyId: started.certifyId } : null
  }

  async function begin() {
    if (pending) return
    setNote(null)
    const who = await whoIsIt()
    if (!who) return
    const result = await verifyFace(who)
    if (result.kind === 'unavailable') return onUnavailable()
    if (result.kind === 'failed') return setNote(ERROR_MESSAGES.FACE_FAILED)
    const verified = await face.submit({ certifyId: who.certifyId, faceToken: result.token })
    if (verified) onVerified(verified.verificationToken)
  }

  const error = note ?? start.error?.message ?? face.error?.message
  return (
    <View>
      {subject ? null : (
        <View className="weui-cells weui-cells_form">
          <Field id={`face-name-${purpose}`} label="姓名" kind="name" placeholder="与身份证一致" value={name} onValue={setName} error={problems.name} />
          <Field
            id={`face-id-${purpose}`}
            label="身份证号"
            kind="idNumber"
            placeholder="18 位身份证号"
            value={idNumber}
            onValue={setIdNumber}
            error={problems.idNumber}
          />
        </View>
      )}
      <View className="actions">
        <View className="hint verify__hint">请本人正对手机，按提示完成人脸识别。</View>
        <Button className="weui-btn weui-btn_primary" loading={pending} disabled={pending} onClick={begin}>
          开始人脸识别
        </Button>
        <Alert message={error} />
      </View>
    </View>
  )
}
