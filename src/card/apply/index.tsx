import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import type { ResponseOf } from '@/gateway/contract'
import { useRequest, useSubmit } from '@/gateway/hooks'
import { formatMoney } from '@/lib/format'
import { withQuery } from '@/lib/url'
import { pageParam } from '@/platform'
import { RequestView } from '@/identity/RequestView'
import { Alert } from '@/ui/Alert'
import { Button } from '@/ui/Button'
import { Chips } from '@/ui/Chips'
import { LinkButton } from '@/ui/Links'
import { Result } from '@/ui/Result'
import { Screen } from '@/ui/Screen'
import { Num } from '@/ui/Num'
import { Steps } from '@/ui/Steps'
import { ChildStep } from '../components/ChildStep'
import { DeliveryStep } from '../components/DeliveryStep'
import { PhotoStep } from '../components/PhotoStep'
import { EMPTY_CHILD, childErrors, childRequest, type ChildDraft } from '../child'
import { EMPTY_DELIVERY, deliveryErrors, deliveryRequest, type DeliveryDraft } from '../delivery'
import { LOSS_URL, PROGRESS_URL } from '../links'
// Adds the card slice to the contract before the page calls it (contract.ts, SubPackageSlices).
import '../api'
import '../card.css'

type Eligibility = ResponseOf<'cardEligibility'>
type Reason = 'lost' | 'damaged' | 'expired'

const STEPS = ['核对信息', '照片', '开户银行', '领取方式', '确认提交'] as const
const REASON_TEXT: Record<Reason, string> = { lost: '丢失', damaged: '损坏', expired: '过期' }

/** Label and value, one WeUI cell each; `numbers`: each value kept on one line (an ID, a phone). */
function InfoRows({ label, rows, numbers = false }: { label: string; rows: string[][]; numbers?: boolean }) {
  return (
    <View className="weui-cells" role="group" ariaLabel={label}>
      {rows.map(([name, value]) => (
        <View key={name} className="weui-cell card-summary">
          <View className="weui-cell__hd card-summary__label">{name}</View>
          <View className="weui-cell__bd card-summary__value">{numbers ? <Num>{value}</Num> : value}</View>
        </View>
      ))}
    </View>
  )
}

function SelfCheck({ eligibility, reason, onReason }: { eligibility: Eligibility; reason?: Reason; onReason(reason: Reason): void }) {
  const { holder } = eligibility
  const reasons: Reason[] = eligibility.lossReported ? ['lost', 'damaged', 'expired'] : ['damaged', 'expired']
  return (
    <View>
      {holder ? (
        <InfoRows
          label="社保登记信息"
          numbers
          rows={[
            ['姓名', holder.name],
            ['身份证号', holder.idNumberMasked],
            ['手机号', holder.phoneMasked],
          ]}
        />
      ) : null}
      <View className="hint card-lead">以上为社保登记的信息。如有错误，请携带身份证到社保经办网点更正后再申领。</View>
      {eligibility.kind === 'replacement' ? (
        <View>
          <View className="weui-cells__title">补换卡原因</View>
          <Chips
            label="补换卡原因"
            options={reasons.map((value) => ({ value, label: REASON_TEXT[value] }))}
            value={reason}
            onChange={(next) => next && onReason(next)}
          />
          {eligibility.lossReported ? null : (
            <View className="actions">
              <View className="hint card-lead">卡丢了？请先挂失，再申请补卡。</View>
              <LinkButton url={LOSS_URL}>先挂失社保卡</LinkButton>
            </View>
          )}
        </View>
      ) : null}
    </View>
  )
}

function Summary({ eligibility, bank, delivery }: { eligibility: Eligibility; bank: string; delivery: string }) {
  const rows = [
    ['申领类型', eligibility.kind === 'first' ? '首次申领' : '补换卡'],
    ['开户银行', bank],
    ['领取方式', delivery],
    ['费用', eligibility.feeFen ? `工本费 ${formatMoney(eligibility.feeFen)}（提交后支付）` : '免费（首次申领不收费）'],
    ['预计时间', '提交后约 30 个工作日制作完成'],
  ]
  return <InfoRows label="申请信息" rows={rows} />
}

/** The application: data check (or the child's data), photo, partner bank, collection or mailing, fee and submit. */
function Apply({ eligibility, applicant }: { eligibility: Eligibility; applicant: 'self' | 'child' }) {
  const [step, setStep] = useState(0)
  const [reason, setReason] = useState<Reason | undefined>(() => (eligibility.lossReported && pageParam('reason') === 'lost' ? 'lost' : undefined))
  const [child, setChild] = useState<ChildDraft>(EMPTY_CHILD)
  const [photoId, setPhotoId] = useState<string | null>(null)
  const [bankId, setBankId] = useState<string | undefined>(undefined)
  const [delivery, setDelivery] = useState<DeliveryDraft>(EMPTY_DELIVERY)
  const [checked, setChecked] = useState(false)
  const apply = useSubmit('cardApply', { invalidates: ['cardApplications', 'cardEligibility', 'cardReplacement', 'cardStatus'] })

  const problems = {
    child: applicant === 'child' ? childErrors(child) : {},
    reason: eligibility.kind === 'replacement' && applicant === 'self' && !reason ? '请选择补换卡原因' : null,
    bank: bankId ? null : '请选择开户银行',
    delivery: deliveryErrors(delivery),
  }
  const stepValid = [!Object.keys(problems.child).length && !problems.reason, photoId !== null, !problems.bank, !Object.keys(problems.delivery).length, true]
  const next = () => {
    setChecked(true)
    if (!stepValid[step]) return
    setChecked(false)
    setStep(step + 1)
  }
  const bankName = eligibility.banks.find((b) => b.id === bankId)?.name ?? ''
  const submit = async () => {
    if (!photoId || !bankId) return
    const created = await apply.submit({
      applicant,
      child: applicant === 'child' ? childRequest(child) : undefined,
      reason: applicant === 'self' && eligibility.kind === 'replacement' ? reason : undefined,
      photoId,
      bankId,
      delivery: deliveryRequest(delivery),
    })
    if (created) void Taro.redirectTo({ url: withQuery(PROGRESS_URL, { id: created.id }) })
  }

  return (
    <View>
      <Steps titles={STEPS} current={step} />
      {step === 0 ? (
        applicant === 'child' ? (
          <ChildStep draft={child} onChange={setChild} errors={checked ? problems.child : {}} />
        ) : (
          <SelfCheck eligibility={eligibility} reason={reason} onReason={setReason} />
        )
      ) : null}
      {step === 0 && checked ? <Alert message={problems.reason} /> : null}
      {step === 1 ? (
        <PhotoStep
          onUploaded={(id) => {
            setPhotoId(id)
            setStep(2)
          }}
        />
      ) : null}
      {step === 2 ? (
        <View>
          <View className="hint card-lead">社保卡同时是这家银行的借记卡，领卡后需到该银行网点启用金融账户。</View>
          <Chips label="开户银行" options={eligibility.banks.map((b) => ({ value: b.id, label: b.name }))} value={bankId} onChange={setBankId} />
          {checked ? <Alert message={problems.bank} /> : null}
        </View>
      ) : null}
      {step === 3 ? <DeliveryStep cityId={eligibility.cityId} draft={delivery} onChange={setDelivery} errors={checked ? problems.delivery : {}} /> : null}
      {step === 4 ? (
        <View>
          <Summary eligibility={eligibility} bank={bankName} delivery={delivery.kind === 'outlet' ? '到网点领取' : `邮寄到 ${delivery.region.join(' ')}`} />
          <Alert message={apply.error?.message} />
        </View>
      ) : null}
      <View className="actions">
        {step === 4 ? (
          // No `loading` here: the page is replaced right after, while Taro's H5 button would still be drawing its spinner.
          <Button className="weui-btn weui-btn_primary" disabled={apply.pending} onClick={submit}>
            {apply.pending ? '正在提交…' : '提交申请'}
          </Button>
        ) : step === 1 ? null : (
          <Button className="weui-btn weui-btn_primary" onClick={next}>
            下一步
          </Button>
        )}
        {step > 0 ? (
          <Button className="weui-btn weui-btn_default" onClick={() => (setChecked(false), setStep(step - 1))}>
            上一步
          </Button>
        ) : null}
      </View>
    </View>
  )
}

function InProgress() {
  return (
    <Result kind="warn" title="您已有一份申请在办理中" actions={<LinkButton url="/card/index/index">查看申请进度</LinkButton>}>
      <View className="weui-msg__desc">同一时间只能有一份本人申请。如需修改，可在制卡开始前撤销后重新申请。</View>
    </Result>
  )
}

export default function ApplyPage() {
  const applicant = pageParam('for') === 'child' ? 'child' : 'self'
  const eligibility = useRequest('cardEligibility', { applicant })
  return (
    <Screen>
      <View className="page-title">{applicant === 'child' ? '为子女申领社保卡' : '申领实体社保卡'}</View>
      <View className="hint card-lead">首次申领免费，补换卡需交工本费。提交后约 30 个工作日制作完成，可以到网点领取，也可以邮寄到家。</View>
      <RequestView state={eligibility} onRetry={eligibility.reload} loadingLabel="正在查询申领资格">
        {(answer) => (answer.eligible ? <Apply eligibility={answer} applicant={applicant} /> : <InProgress />)}
      </RequestView>
    </Screen>
  )
}
