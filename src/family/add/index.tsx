import { View } from '@tarojs/components'
import { useState } from 'react'
import type { Relative } from '@/identity/api'
import type { ErrorCode } from '@/gateway/errors'
import { useSubmit } from '@/gateway/hooks'
import { VerifyIdentity } from '@/identity/VerifyIdentity'
import { fieldError, normaliseField } from '@/lib/fields'
import { RELATION_NAMES, personLabel, type Relation } from '@/lib/relation'
import { hasFaceVerification } from '@/platform'
import { Alert } from '@/ui/Alert'
import { Button } from '@/ui/Button'
import { Chips } from '@/ui/Chips'
import { Field } from '@/ui/Field'
import { DoneButton, LinkButton } from '@/ui/Links'
import { Result } from '@/ui/Result'
import { Screen } from '@/ui/Screen'
import { Steps } from '@/ui/Steps'
import '../family.css'

const STEPS = ['填写亲属信息', '亲属同意', '完成'] as const

/** What to do about a refusal to add (the gateway's message says what happened). */
const REFUSAL_NEXT: Partial<Record<ErrorCode, string>> = {
  RELATIVE_NO_CARD: '请对方先用自己的手机申领电子社保卡，再来添加。',
  FAMILY_FULL: '请先在亲情服务中删除不再代办的亲属。',
  RELATIVE_GRANTS_FULL: '请对方在“谁可以为我代办”中取消不再需要的授权后再添加。',
  GUARDIAN_UNCONFIRMED: '请携带户口簿到社保经办网点办理。',
}
const RELATION_OPTIONS = (Object.keys(RELATION_NAMES) as Relation[]).map((value) => ({ value, label: RELATION_NAMES[value] }))

/** The relative as typed, in this page's memory only. */
interface Typed {
  relation: Relation
  name: string
  idNumber: string
}
type Challenge = { challengeId: string; certifyId: string; name: string; idNumber: string }

function RelativeForm({ onChallenge, onAdded }: { onChallenge(challenge: Challenge): void; onAdded(relative: Relative): void }) {
  const [typed, setTyped] = useState<Typed>({ relation: 'parent', name: '', idNumber: '' })
  const [problems, setProblems] = useState<{ name?: string | null; idNumber?: string | null }>({})
  const add = useSubmit('familyAdd', { invalidates: ['familyList'] })
  const change = (field: 'name' | 'idNumber') => (value: string) => {
    setTyped((t) => ({ ...t, [field]: value }))
    if (problems[field]) setProblems((p) => ({ ...p, [field]: null }))
  }

  async function next() {
    const found = { name: fieldError('name', typed.name), idNumber: fieldError('idNumber', typed.idNumber) }
    setProblems(found)
    if (found.name || found.idNumber) return
    const who = { name: normaliseField('name', typed.name), idNumber: normaliseField('idNumber', typed.idNumber) }
    const answer = await add.submit({ relation: typed.relation, ...who })
    if (answer?.consent === 'relative') onChallenge({ challengeId: answer.challengeId, certifyId: answer.certifyId, ...who })
    else if (answer) onAdded(answer.relative)
  }

  return (
    <View>
      <View className="hint family-lead">对方需已领取电子社保卡。请填写与对方身份证一致的信息。</View>
      <View className="family-relation">
        <Chips<Relation> label="对方是您的" options={RELATION_OPTIONS} value={typed.relation} onChange={(relation) => setTyped((t) => ({ ...t, relation }))} />
      </View>
      <View className="weui-cells weui-cells_form">
        <Field id="family-name" label="姓名" kind="name" placeholder="亲属的姓名" value={typed.name} onValue={change('name')} error={problems.name} />
        <Field
          id="family-id"
          label="身份证号"
          kind="idNumber"
          placeholder="亲属的 18 位身份证号"
          value={typed.idNumber}
          onValue={change('idNumber')}
          error={problems.idNumber}
        />
      </View>
      <View className="hint">{`添加成年亲属需对方同意：验证码发到对方在社保卡登记的手机${hasFaceVerification ? '，或对方在您身边时做人脸识别' : ''}。为未满 18 周岁的子女添加时，由系统核实监护关系。`}</View>
      <View className="actions">
        <Alert message={add.error && [add.error.message, REFUSAL_NEXT[add.error.code]].filter(Boolean).join('。')} />
        <Button className="weui-btn weui-btn_primary" loading={add.pending} disabled={add.pending} onClick={next}>
          下一步
        </Button>
      </View>
    </View>
  )
}

function Consent({ challenge, onAdded, onRestart }: { challenge: Challenge; onAdded(relative: Relative): void; onRestart(): void }) {
  const consent = useSubmit('familyConsent', { invalidates: ['familyList'] })
  async function consented(verificationToken: string) {
    const relative = await consent.submit({ challengeId: challenge.challengeId, verificationToken })
    if (relative) onAdded(relative)
  }
  return (
    <View>
      <View className="hint family-lead">请对方把收到的短信验证码告诉您{hasFaceVerification ? '；对方在您身边时，也可以由对方做人脸识别' : ''}。</View>
      <VerifyIdentity
        purpose="family"
        methods={['sms', 'face']}
        faceSubject={{ name: challenge.name, idNumber: challenge.idNumber, certifyId: challenge.certifyId }}
        onVerified={(token) => void consented(token)}
      />
      <View className="actions">
        <Alert message={consent.error?.message} />
        {consent.error?.code === 'CONSENT_EXPIRED' ? (
          <Button className="weui-btn weui-btn_default" onClick={onRestart}>
            重新添加
          </Button>
        ) : null}
      </View>
    </View>
  )
}

/** 添加亲属: who they are (checked like the claim's fields), their consent (their SMS code or face), done. */
export default function AddRelativePage() {
  const [challenge, setChallenge] = useState<Challenge | null>(null)
  const [added, setAdded] = useState<Relative | null>(null)
  if (added) {
    const label = personLabel(added)
    return (
      <Screen>
        <Result
          kind="success"
          title={`已添加${label}`}
          actions={
            <>
              <LinkButton url={`/code/show/index?for=${added.relativeId}`} primary>
                {`为${label}出示二维码`}
              </LinkButton>
              <DoneButton />
            </>
          }
        >
          <View className="weui-msg__desc">
            现在可以为{label}出示电子社保卡二维码、查询社保记录、缴纳居民医保、查看实体卡办理进度。对方可以随时在“谁可以为我代办”中取消。
          </View>
        </Result>
      </Screen>
    )
  }
  return (
    <Screen>
      <View className="page-title">添加亲属</View>
      <Steps titles={STEPS} current={challenge ? 1 : 0} />
      {challenge ? (
        <Consent challenge={challenge} onAdded={setAdded} onRestart={() => setChallenge(null)} />
      ) : (
        <RelativeForm onChallenge={setChallenge} onAdded={setAdded} />
      )}
    </Screen>
  )
}
