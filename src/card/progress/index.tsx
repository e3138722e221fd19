import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { invalidate, useRequest, useSubmit } from '@/gateway/hooks'
import { formatDate } from '@/lib/format'
import { openLocation, pageParam } from '@/platform'
import { ActingFor } from '@/identity/ActingFor'
import { useActingFor } from '@/identity/acting'
import { RequestView } from '@/identity/RequestView'
import { personLabel } from '@/lib/relation'
import { Alert } from '@/ui/Alert'
import { Button } from '@/ui/Button'
import { Screen } from '@/ui/Screen'
import { EmptyView } from '@/ui/states'
import { CARD_STAGES, type CardApplication } from '../api'
import { ApplicationCells } from '../components/ApplicationCells'
import { FeeStep } from '../components/FeeStep'
import { PhotoStep } from '../components/PhotoStep'
import { PointHours } from '../components/DeliveryStep'
import { Timeline } from '../components/Timeline'
import { PROGRESS_URL } from '../links'
import { APPLICANT_TEXT, KIND_TEXT, daysLeft } from '../stages'
// Adds the card slice to the contract before the page calls it (contract.ts, SubPackageSlices).
import '../api'
import '../card.css'

const at = (stage: CardApplication['stage']) => CARD_STAGES.indexOf(stage)

function Collect({ application }: { application: CardApplication }) {
  if (application.delivery.kind === 'mail') {
    return (
      <View className="block card-text" role="note">
        <View className="card-text__strong">社保卡已寄出</View>
        <View className="card-p">
          快递单号 {application.courierNumber}，寄往 {application.delivery.region}（收件手机 {application.delivery.phoneMasked}），请本人签收。
        </View>
      </View>
    )
  }
  const { point } = application.delivery
  return (
    <View className="block card-text" role="note">
      <View className="card-text__strong">社保卡已到网点，可以领取了</View>
      <View className="card-p">带什么：{application.applicant === 'child' ? '孩子的户口簿和监护人本人身份证原件' : '本人身份证原件'}</View>
      <View className="card-p">
        去哪里：{point.name}，{point.address}
      </View>
      <PointHours point={point} />
      <View className="actions card-actions--inline">
        <Button
          className="weui-btn weui-btn_default"
          onClick={() => openLocation({ name: point.name, address: point.address, latitude: point.latitude, longitude: point.longitude })}
        >
          导航到网点
        </Button>
      </View>
    </View>
  )
}

function Activate({ application }: { application: CardApplication }) {
  if (!application.activateBy) return null
  const left = daysLeft(application.activateBy, Date.now())
  return (
    <View className="block card-text card-remind" role="note">
      <View className="card-text__strong">{`请在 ${formatDate(application.activateBy)} 前启用金融账户，还剩 ${left} 天`}</View>
      <View className="card-p">携带身份证和社保卡，到{application.bankName}任一网点启用银行账户。领卡 30 天内未启用，社保功能将被暂停。</View>
      {application.applicant === 'self' ? <View className="card-p">社保功能领卡即可使用；您的电子社保卡（如已领取）已关联这张新卡。</View> : null}
    </View>
  )
}

function Retake({ application }: { application: CardApplication }) {
  const [retaking, setRetaking] = useState(false)
  const retake = useSubmit('cardRetakePhoto', { invalidates: ['cardProgress', 'cardApplications'] })
  if (!retaking) {
    return (
      <View className="actions">
        <Button className="weui-btn weui-btn_primary" onClick={() => setRetaking(true)}>
          重新拍摄照片
        </Button>
      </View>
    )
  }
  return (
    <View>
      <PhotoStep action="提交新照片" onUploaded={(photoId) => void retake.submit({ applicationId: application.id, photoId })} />
      <Alert message={retake.error?.message} />
    </View>
  )
}

function Cancel({ application }: { application: CardApplication }) {
  const cancel = useSubmit('cardCancel', { invalidates: ['cardProgress', 'cardApplications', 'cardEligibility', 'cardReplacement', 'cardStatus'] })
  const confirm = async () => {
    const { confirm: yes } = await Taro.showModal({ title: '撤销申请', content: '撤销后需要重新申请。确定撤销吗？', confirmText: '撤销', cancelText: '不撤销' })
    if (yes) await cancel.submit({ applicationId: application.id })
  }
  return (
    <View className="actions">
      <Alert message={cancel.error?.message} />
      <Button className="weui-btn weui-btn_default" loading={cancel.pending} disabled={cancel.pending} onClick={confirm}>
        撤销申请
      </Button>
    </View>
  )
}

/** Following a relative's application: what only they can do is said, not offered. */
function TheirsToDo({ application }: { application: CardApplication }) {
  const { relative } = useActingFor()
  const todo = [
    application.payment === 'unpaid' && !application.cancelled ? '支付工本费' : null,
    application.rejection ? '重新拍摄照片' : null,
    application.cancellable ? '撤销申请' : null,
  ].filter(Boolean)
  if (!todo.length) return null
  return <View className="hint">{`${todo.join('、')}需${relative ? personLabel(relative) : '亲属'}本人在自己的手机上办理。`}</View>
}

function Progress({ application, reload }: { application: CardApplication; reload(): void }) {
  const acting = useActingFor().onBehalfOf !== undefined
  const stage = at(application.stage)
  // Collected: the e-card now stands for the new card, so its standing is asked again.
  useEffect(() => {
    if (application.applicant === 'self' && stage >= at('collected')) invalidate('cardStatus')
  }, [application.applicant, stage])
  return (
    <View>
      <View className="block card-text">
        <View className="card-text__strong">{`${APPLICANT_TEXT[application.applicant]} · ${KIND_TEXT[application.kind]} · ${application.holderName}`}</View>
        <View className="card-p">开户银行：{application.bankName}</View>
      </View>
      {application.cancelled ? <Alert message="这份申请已撤销。" /> : null}
      {acting ? <TheirsToDo application={application} /> : null}
      {application.payment === 'unpaid' && !application.cancelled && !acting ? (
        <FeeStep applicationId={application.id} feeFen={application.feeFen} onPaid={reload} />
      ) : null}
      {application.rejection && !acting ? <Retake application={application} /> : null}
      {stage === at('dispatched') ? <Collect application={application} /> : null}
      {stage === at('collected') || stage === at('bank-pending') ? <Activate application={application} /> : null}
      {application.stage === 'active' ? (
        <View className="block card-text" role="status">
          社保卡的社保功能和金融功能都已启用，可以正常使用。
        </View>
      ) : null}
      <Timeline application={application} />
      {application.cancellable && !acting ? <Cancel application={application} /> : null}
    </View>
  )
}

/** Without an application: the applications of whom the page acts for (a relative's, from 亲情服务), to choose one. */
function Applications() {
  const applications = useRequest('cardApplications', useActingFor().input)
  return (
    <View>
      <View className="hint card-lead">实体社保卡从提交申请到领卡约 30 个工作日。点开一份申请，可以看到制卡到了哪一步、去哪里领卡。</View>
      <RequestView state={applications} onRetry={applications.reload} loadingLabel="正在查询制卡进度">
        {({ applications: list }) => (list.length ? <ApplicationCells applications={list} /> : <EmptyView title="还没有实体社保卡申请" />)}
      </RequestView>
    </View>
  )
}

function ProgressOf({ id }: { id: string }) {
  const progress = useRequest('cardProgress', { ...useActingFor().input, applicationId: id }, { freshMs: 10_000 })
  return (
    <RequestView state={progress} onRetry={progress.reload} loadingLabel="正在查询制卡进度">
      {(application) => <Progress application={application} reload={() => void progress.reload()} />}
    </RequestView>
  )
}

export default function ProgressPage() {
  const id = pageParam('id')
  return (
    <Screen>
      <ActingFor page={PROGRESS_URL} verb="查看">
        <View className="page-title">制卡进度</View>
        {id ? <ProgressOf id={id} /> : <Applications />}
      </ActingFor>
    </Screen>
  )
}
