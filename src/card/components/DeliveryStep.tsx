import { Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { useRequest } from '@/gateway/hooks'
import { formatDistance, type LatLng } from '@/lib/geo'
import { formatHours, openState } from '@/lib/hours'
import { arrangeOutlets } from '@/lib/outlets'
import { getLocation } from '@/platform'
import { RequestView } from '@/identity/RequestView'
import { Alert } from '@/ui/Alert'
import { Chips } from '@/ui/Chips'
import { Field } from '@/ui/Field'
import { focusable } from '@/ui/focusable'
import type { CollectionPoint } from '../api'
import type { DeliveryDraft, DeliveryErrors } from '../delivery'
import { RegionPicker } from './RegionPicker'

/** A collection point's opening now and every day's hours (Asia/Shanghai). */
export function PointHours({ point }: { point: CollectionPoint }) {
  const now = openState(point.hours, Date.now())
  return (
    <View className="card-point__hours">
      <Text className={now.open ? 'card-point__open card-point__open--on' : 'card-point__open'}>{now.label}</Text>
      <Text>{formatHours(point.hours).join('；')}</Text>
    </View>
  )
}

function Points({ points, chosen, onChoose, error }: { points: CollectionPoint[]; chosen: string; onChoose(id: string): void; error?: string }) {
  const [position, setPosition] = useState<LatLng | null>(null)
  useEffect(() => void getLocation().then(setPosition), [])
  return (
    <View>
      <View className="hint card-lead">{position ? '按离您的距离由近到远排列' : '凭本人身份证到所选网点领卡'}</View>
      <View className="weui-cells" role="radiogroup" ariaLabel="领卡网点">
        {arrangeOutlets(points, position).map(({ outlet, distance }) => (
          <View
            key={outlet.id}
            className={`weui-cell card-point${outlet.id === chosen ? ' card-point--on' : ''}`}
            role="radio"
            aria-checked={outlet.id === chosen}
            {...focusable}
            ariaLabel={`${outlet.name}${distance === undefined ? '' : `，距您${formatDistance(distance)}`}`}
            onClick={() => onChoose(outlet.id)}
          >
            <View className="weui-cell__bd">
              <View className="card-point__name">
                {outlet.id === chosen ? '✓ ' : ''}
                {outlet.name}
              </View>
              <View className="card-point__address">{outlet.address}</View>
              <PointHours point={outlet} />
            </View>
            {distance === undefined ? null : <View className="weui-cell__ft card-point__distance">{formatDistance(distance)}</View>}
          </View>
        ))}
      </View>
      <Alert message={error} />
    </View>
  )
}

/** 到网点领取 (the city's card counters, with distance and hours) or 邮寄到家 (region, street, phone). */
export function DeliveryStep({
  cityId,
  draft,
  onChange,
  errors,
}: {
  cityId: string
  draft: DeliveryDraft
  onChange(draft: DeliveryDraft): void
  errors: DeliveryErrors
}) {
  const points = useRequest('cardCollectionPoints', { cityId })
  const set = (change: Partial<DeliveryDraft>) => onChange({ ...draft, ...change })
  return (
    <View>
      <Chips
        label="领取方式"
        options={[
          { value: 'outlet', label: '到网点领取' },
          { value: 'mail', label: '邮寄到家' },
        ]}
        value={draft.kind}
        onChange={(kind) => set({ kind })}
      />
      {draft.kind === 'outlet' ? (
        <RequestView state={points} onRetry={points.reload} loadingLabel="正在查找领卡网点">
          {(list) => <Points points={list} chosen={draft.pointId} onChoose={(pointId) => set({ pointId })} error={errors.pointId} />}
        </RequestView>
      ) : (
        <View>
          <View className="hint card-lead">卡片制作完成后由邮政或快递寄出，请本人签收。</View>
          <View className="weui-cells weui-cells_form">
            <RegionPicker value={draft.region} onChange={(region) => set({ region })} />
          </View>
          <Alert message={errors.region} />
          <View className="weui-cells weui-cells_form">
            <Field
              id="mail-street"
              label="详细地址"
              placeholder="街道、小区、门牌号"
              value={draft.street}
              onValue={(street) => set({ street })}
              error={errors.street}
            />
            <Field id="mail-phone" label="收件手机号" kind="phone" value={draft.phone} onValue={(phone) => set({ phone })} error={errors.phone} />
          </View>
        </View>
      )}
    </View>
  )
}
