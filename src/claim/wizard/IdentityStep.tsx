import { View } from '@tarojs/components'
import { Button } from '@/ui/Button'
import { useState } from 'react'
import { fieldError, normaliseField } from '@/lib/fields'
import { useClaim, type ClaimIdentity } from '@/claim/store'
import { Field } from '@/ui/Field'

type Problems = Partial<Record<keyof ClaimIdentity, string | null>>

function problemsOf(identity: ClaimIdentity): Problems {
  return { name: fieldError('name', identity.name), idNumber: fieldError('idNumber', identity.idNumber), phone: fieldError('phone', identity.phone) }
}

/** Step 1: name, ID number and the phone reserved at the bank, checked here; nothing is sent yet. */
export function IdentityStep() {
  const identity = useClaim((s) => s.identity)
  const setIdentity = useClaim((s) => s.setIdentity)
  const send = useClaim((s) => s.send)
  const [problems, setProblems] = useState<Problems>({})

  const change = (field: keyof ClaimIdentity) => (value: string) => {
    setIdentity({ [field]: value })
    if (problems[field]) setProblems((p) => ({ ...p, [field]: null }))
  }

  function next() {
    const found = problemsOf(identity)
    setProblems(found)
    if (found.name || found.idNumber || found.phone) return
    setIdentity({
      name: normaliseField('name', identity.name),
      idNumber: normaliseField('idNumber', identity.idNumber),
      phone: normaliseField('phone', identity.phone),
    })
    send('filled')
  }

  return (
    <View>
      <View className="hint claim-lead">请填写与实体社保卡登记一致的信息。</View>
      <View className="weui-cells weui-cells_form">
        <Field id="claim-name" label="姓名" kind="name" placeholder="与身份证一致" value={identity.name} onValue={change('name')} error={problems.name} />
        <Field
          id="claim-id"
          label="身份证号"
          kind="idNumber"
          placeholder="18 位身份证号"
          value={identity.idNumber}
          onValue={change('idNumber')}
          error={problems.idNumber}
        />
        <Field
          id="claim-phone"
          label="手机号"
          kind="phone"
          placeholder="社保卡银行预留手机号"
          value={identity.phone}
          onValue={change('phone')}
          error={problems.phone}
        />
      </View>
      <View className="hint">手机号请填写办理社保卡时在银行预留的号码，用于接收验证码。</View>
      <View className="actions">
        <Button className="weui-btn weui-btn_primary" onClick={next}>
          下一步
        </Button>
      </View>
    </View>
  )
}
