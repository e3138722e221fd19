import { View } from '@tarojs/components'
import { Button } from '@/ui/Button'
import { useState } from 'react'
import type { CardStatus } from '@/identity/api'
import type { ErrorCode } from '@/gateway/errors'
import { useSubmit } from '@/gateway/hooks'
import { fieldError, normaliseField } from '@/lib/fields'
import { useClaim, type BankForm } from '@/claim/store'
import { Field } from '@/ui/Field'
import { Screen } from '@/ui/Screen'
import { SmsCodeField } from '@/identity/SmsCodeField'
import { CardGate } from '@/identity/card'
import { LevelOpens } from '../components/LevelOpens'
import { LinkButton, OUTLETS_URL } from '@/ui/Links'
import { Result } from '@/ui/Result'
import { LEVEL_INFO } from '../levels'
import '../claim.css'
import '@/ui/weui/msg'
import { Num } from '@/ui/Num'

/** Refusals the resident must fix at the bank: the catalogue message says exactly what to do. */
const AT_THE_BANK: ReadonlySet<ErrorCode> = new Set<ErrorCode>(['BANK_NOT_ACTIVATED', 'BANK_PHONE_MISMATCH'])

type Problems = Partial<Record<keyof BankForm | 'code', string | null>>

function LinkForm({ onLinked }: { onLinked(card: CardStatus): void }) {
  const form = useClaim((s) => s.bank)
  const setBank = useClaim((s) => s.setBank)
  const [code, setCode] = useState('')
  const [problems, setProblems] = useState<Problems>({})
  const link = useSubmit('linkBank', { invalidates: ['cardStatus'] })

  const change = (field: keyof BankForm) => (value: string) => {
    setBank({ [field]: value })
    if (problems[field]) setProblems((p) => ({ ...p, [field]: null }))
  }

  async function submit() {
    const found: Problems = { cardNumber: fieldError('bankCard', form.cardNumber), phone: fieldError('phone', form.phone), code: fieldError('smsCode', code) }
    setProblems(found)
    if (found.cardNumber || found.phone || found.code) return
    const result = await link.submit({
      bankCardNumber: normaliseField('bankCard', form.cardNumber),
      phone: normaliseField('phone', form.phone),
      smsCode: normaliseField('smsCode', code),
    })
    if (result) onLinked(result)
  }

  const atBank = link.error && AT_THE_BANK.has(link.error.code)

  return (
    <View>
      <View className="weui-cells weui-cells_form">
        <Field
          id="bank-card"
          label="银行卡号"
          kind="bankCard"
          placeholder="社保卡正面的银行卡号"
          value={form.cardNumber}
          onValue={change('cardNumber')}
          error={problems.cardNumber}
        />
        <Field id="bank-phone" label="手机号" kind="phone" placeholder="银行预留手机号" value={form.phone} onValue={change('phone')} error={problems.phone} />
        <SmsCodeField
          purpose="bank"
          phone={normaliseField('phone', form.phone)}
          value={code}
          onValue={setCode}
          error={problems.code}
          beforeSend={() => {
            const problem = fieldError('phone', form.phone)
            setProblems((p) => ({ ...p, phone: problem }))
            return problem
          }}
        />
      </View>
      {link.error ? (
        <View className={`block claim-refusal${atBank ? ' claim-refusal--bank' : ''}`} role="alert">
          {atBank ? <View className="claim-consent__title">需要先到银行办理</View> : null}
          <View className="claim-refusal__text">{link.error.message}</View>
          {atBank ? <LinkButton url={OUTLETS_URL}>查找银行和社保经办网点</LinkButton> : null}
        </View>
      ) : null}
      <View className="actions">
        <Button className="weui-btn weui-btn_primary" loading={link.pending} disabled={link.pending} onClick={submit}>
          开通缴费结算
        </Button>
      </View>
    </View>
  )
}

function Linked({ card }: { card: CardStatus }) {
  return (
    <Result
      kind="success"
      title={LEVEL_INFO.level2.title}
      actions={
        <LinkButton url="/claim/status/index" primary>
          查看我的电子社保卡
        </LinkButton>
      }
    >
      <View className="weui-msg__desc">
        已关联 {card.bankName} <Num>{card.bankCardMasked ?? ''}</Num>
      </View>
    </Result>
  )
}

export default function BankLinkPage() {
  const [linked, setLinked] = useState<CardStatus | null>(null)
  return (
    <Screen>
      <View className="page-title">开通缴费结算</View>
      <View className="hint claim-lead">关联实体社保卡的银行账户（金融账户）后，电子社保卡升级为二级签发，可以：</View>
      <LevelOpens level="level2" />
      {linked ? (
        <Linked card={linked} />
      ) : (
        <CardGate admits={['none']}>
          {(card) =>
            card.status === 'level1' ? (
              <LinkForm
                onLinked={(next) => {
                  useClaim.getState().setBank({ cardNumber: '', phone: '' })
                  setLinked(next)
                }}
              />
            ) : card.status === 'level2' ? (
              <Linked card={card} />
            ) : (
              <View className="block" role="status">
                <View className="claim-consent__text">请先申领电子社保卡（一级签发），再开通缴费结算。</View>
                <LinkButton url="/claim/wizard/index" primary>
                  申领电子社保卡
                </LinkButton>
              </View>
            )
          }
        </CardGate>
      )}
    </Screen>
  )
}
