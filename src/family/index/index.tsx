import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { Relative } from '@/identity/api'
import { useRequest, useSubmit } from '@/gateway/hooks'
import { RequestView } from '@/identity/RequestView'
import { personLabel } from '@/lib/relation'
import { Alert } from '@/ui/Alert'
import { Button } from '@/ui/Button'
import { LinkButton } from '@/ui/Links'
import { NavCell } from '@/ui/NavCell'
import { Num } from '@/ui/Num'
import { Screen } from '@/ui/Screen'
import { EmptyView } from '@/ui/states'
import '../family.css'

/** What a relative's card says before the resident tries to act for them (the pages explain what to do). */
const CARD_NOTES: Partial<Record<Relative['status'], string>> = {
  none: '未领取电子社保卡',
  lost: '社保卡已挂失，暂不能代办',
  cancelled: '社保卡已注销，不能代办',
}

/** Everything a removed relative's answers fed: asked again, so nothing of theirs stays on screen. */
const ACTING_READS = [
  'familyList',
  'cardStatus',
  'enrolment',
  'medicalAccount',
  'pension',
  'benefits',
  'payables',
  'payHistory',
  'payReceipt',
  'cardApplications',
  'cardProgress',
] as const

function RelativeCard({ relative }: { relative: Relative }) {
  const label = personLabel(relative)
  const remove = useSubmit('familyEnd', { invalidates: ACTING_READS })
  async function confirmRemove() {
    const { confirm } = await Taro.showModal({
      title: '删除亲属',
      content: `删除后不能再为${label}出示二维码、查询社保记录、缴纳居民医保、查看实体卡办理进度。需要时可以重新添加（需对方再次同意）。`,
      confirmText: '删除',
      cancelText: '取消',
    })
    if (confirm) await remove.submit({ bondId: relative.relativeId })
  }
  const note = CARD_NOTES[relative.status]
  return (
    <View className="weui-cells" role="group" ariaLabel={label}>
      <View className="weui-cell">
        <View className="weui-cell__bd">
          <View className="family-person__name">{label}</View>
          <View className="family-person__fact">
            身份证 <Num>{relative.idNumberMasked}</Num>
          </View>
          {note ? <View className="family-person__problem">{note}</View> : null}
        </View>
      </View>
      <NavCell title="出示二维码" url={`/code/show/index?for=${relative.relativeId}`} />
      <NavCell title="查询社保" url={`/records/index/index?for=${relative.relativeId}`} />
      <NavCell title="代缴医保" url={`/pay/index/index?for=${relative.relativeId}`} />
      <NavCell title="实体卡办理进度" url={`/card/progress/index?for=${relative.relativeId}`} />
      <View className="actions">
        <Button className="weui-btn weui-btn_default" ariaLabel={`删除${label}`} loading={remove.pending} disabled={remove.pending} onClick={confirmRemove}>
          删除
        </Button>
        <Alert message={remove.error?.message} />
      </View>
    </View>
  )
}

/** 亲情服务: the relatives the resident acts for (show their code, look up their records), adding and removing them. */
export default function FamilyPage() {
  const family = useRequest('familyList', {})
  return (
    <Screen>
      <View className="page-title">亲情服务</View>
      <View className="hint">添加父母、配偶或子女后，可以为他们出示电子社保卡二维码、查询社保记录、缴纳居民医保、查看实体卡办理进度。添加需要对方同意。</View>
      <View className="weui-cells">
        <NavCell title="谁可以为我代办" url="/family/grants/index" />
      </View>
      <RequestView state={family} onRetry={family.reload} loadingLabel="正在读取亲属">
        {({ limit, relatives }) => (
          <View>
            {relatives.length ? (
              relatives.map((relative) => <RelativeCard key={relative.relativeId} relative={relative} />)
            ) : (
              <EmptyView title="还没有添加亲属" />
            )}
            <View className="actions">
              <View className="hint">
                已添加 {relatives.length} 人，最多 {limit} 人
              </View>
              {relatives.length < limit ? (
                <LinkButton url="/family/add/index" primary>
                  添加亲属
                </LinkButton>
              ) : (
                <View className="hint">已达上限，请先删除不再代办的亲属。</View>
              )}
            </View>
          </View>
        )}
      </RequestView>
    </Screen>
  )
}
