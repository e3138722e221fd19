import { useCallback, useEffect, useState } from 'react'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { formatDistance, type LatLng } from '@/lib/geo'
import { arrangeOutlets, districtsOf, filterOutlets } from '@/lib/outlets'
import { withQuery } from '@/lib/url'
import { getLocation, pageParam } from '@/platform'
import { Screen } from '@/ui/Screen'
import { EmptyView } from '@/ui/states'
import { CityOutlets, KIND_TEXT, serviceNames, type Catalogue, type Outlet } from '../CityOutlets'
import { Chips } from '@/ui/Chips'
import { OpenBadge } from '../OpenBadge'
import '../outlets.css'
import { focusable } from '@/ui/focusable'

type Position = { kind: 'locating' } | { kind: 'found'; at: LatLng } | { kind: 'unavailable' }

function usePosition() {
  const [position, setPosition] = useState<Position>({ kind: 'locating' })
  const locate = useCallback(() => {
    setPosition({ kind: 'locating' })
    void getLocation().then((at) => setPosition(at ? { kind: 'found', at } : { kind: 'unavailable' }))
  }, [])
  useEffect(locate, [locate])
  return { position, locate }
}

function OutletList({ outlets, cityId, catalogue }: { outlets: Outlet[]; cityId: string; catalogue: Catalogue | undefined }) {
  const { position, locate } = usePosition()
  const [district, setDistrict] = useState(() => pageParam('district'))
  const [serviceId, setServiceId] = useState(() => pageParam('service'))
  const names = serviceNames(catalogue)
  const offered = [...new Set(outlets.flatMap((o) => o.serviceIds))].filter((id) => names.has(id))
  const shown = arrangeOutlets(filterOutlets(outlets, { district, serviceId }), position.kind === 'found' ? position.at : null)

  return (
    <View>
      <View className="outlets-location" role="status">
        {position.kind === 'locating' ? <Text>正在获取您的位置…</Text> : null}
        {position.kind === 'found' ? <Text>按离您的距离由近到远排列</Text> : null}
        {position.kind === 'unavailable' ? (
          <>
            <Text>未能获取您的位置（未授权或定位不可用），网点按区县排列。</Text>
            <View className="outlets-location__retry" role="button" {...focusable} onClick={locate}>
              重新定位
            </View>
          </>
        ) : null}
      </View>
      <Chips
        label="区县"
        options={[{ value: undefined, label: '全部区县' }, ...districtsOf(outlets).map((d) => ({ value: d, label: d }))]}
        value={district}
        onChange={setDistrict}
      />
      {offered.length ? (
        <Chips
          label="业务"
          options={[{ value: undefined, label: '全部业务' }, ...offered.map((id) => ({ value: id, label: names.get(id) ?? id }))]}
          value={serviceId}
          onChange={setServiceId}
        />
      ) : null}
      {shown.length ? (
        <View className="weui-cells">
          {shown.map(({ outlet, distance }) => (
            <View
              key={outlet.id}
              className="weui-cell weui-cell_access outlet-cell"
              role="link"
              {...focusable}
              ariaLabel={[outlet.name, distance === undefined ? '' : `距您${formatDistance(distance)}`].filter(Boolean).join('，')}
              hoverClass="weui-cell_active"
              onClick={() => void Taro.navigateTo({ url: withQuery('/outlets/detail/index', { city: cityId, id: outlet.id }) })}
            >
              <View className="weui-cell__bd">
                <View className="outlet-cell__name">{outlet.name}</View>
                <Text className="outlet-cell__meta">
                  {KIND_TEXT[outlet.kind]} · {outlet.district}
                </Text>
                <Text className="outlet-cell__address">{outlet.address}</Text>
                <OpenBadge hours={outlet.hours} />
              </View>
              <View className="weui-cell__ft weui-cell__ft_in-access">
                {distance === undefined ? null : <Text className="outlet-cell__distance">{formatDistance(distance)}</Text>}
              </View>
            </View>
          ))}
        </View>
      ) : (
        <EmptyView title="没有符合条件的网点">
          <Text className="state-view__text">换个区县或业务试试</Text>
        </EmptyView>
      )}
    </View>
  )
}

/** 服务网点: nearest first when the resident shares their position, else by district; filters by district and service. */
export default function OutletsList() {
  return (
    <Screen>
      <View className="page-title">服务网点</View>
      <View className="hint outlets-lead">点一个网点，可以查看它的地址、办公时间和电话，还能用地图导航过去。</View>
      <CityOutlets>{(outlets, cityId, catalogue) => <OutletList outlets={outlets} cityId={cityId} catalogue={catalogue} />}</CityOutlets>
    </Screen>
  )
}
