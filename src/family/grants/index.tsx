import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { ResponseOf } from '@/gateway/contract'
import { useRequest, useSubmit } from '@/gateway/hooks'
import { RequestView } from '@/identity/RequestView'
import { formatDate } from '@/lib/format'
import { personLabel } from '@/lib/relation'
import { Alert } from '@/ui/Alert'
import { Button } from '@/ui/Button'
import { Screen } from '@/ui/Screen'
import { EmptyView } from '@/ui/states'
import '../family.css'

type Grant = ResponseOf<'familyGrants'>[number]

function GrantCard({ grant }: { grant: Grant }) {
  const label = personLabel(grant)
  const revoke = useSubmit('familyEnd', { invalidates: ['familyGrants'] })
  async function confirmRevoke() {
    const { confirm } = await Taro.showModal({
      title: '取消授权',
      content: `取消后${label}立即不能再为您出示二维码、查询社保记录、缴纳居民医保、查看实体卡办理进度。需要时对方可以重新添加（需您再次同意）。`,
      confirmText: '取消授权',
      cancelText: '保留',
    })
    if (confirm) await revoke.submit({ bondId: grant.grantId })
  }
  return (
    <View className="weui-cells" role="group" ariaLabel={label}>
      <View className="weui-cell">
        <View className="weui-cell__bd">
          <View className="family-person__name">{label}</View>
          <View className="family-person__fact">授权于 {formatDate(grant.grantedAt)}</View>
        </View>
      </View>
      <View className="actions">
        <Button className="weui-btn weui-btn_warn" ariaLabel={`取消${label}的授权`} loading={revoke.pending} disabled={revoke.pending} onClick={confirmRevoke}>
          取消授权
        </Button>
        <Alert message={revoke.error?.message} />
      </View>
    </View>
  )
}

/** The relative's side of 亲情服务: who may act for me, and taking it back. */
export default function GrantsPage() {
  const grants = useRequest('familyGrants', {})
  return (
    <Screen>
      <View className="page-title">谁可以为我代办</View>
      <View className="hint">下列亲属经您同意，可以为您出示电子社保卡二维码、查询社保记录、缴纳居民医保、查看实体卡办理进度。</View>
      <RequestView state={grants} onRetry={grants.reload} loadingLabel="正在读取授权">
        {(items) => (items.length ? items.map((grant) => <GrantCard key={grant.grantId} grant={grant} />) : <EmptyView title="没有亲属可以为您代办" />)}
      </RequestView>
    </Screen>
  )
}
