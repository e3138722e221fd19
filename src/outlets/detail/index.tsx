import { Text, View } from '@tarojs/components'
import { formatHours } from '@/lib/hours'
import { pageParam, type Place } from '@/platform'
import { PhoneLink } from '@/ui/PhoneLink'
import { Screen } from '@/ui/Screen'
import { EmptyView } from '@/ui/states'
import { CityOutlets, KIND_TEXT, serviceNames, type Catalogue, type Outlet } from '../CityOutlets'
import { OpenBadge } from '../OpenBadge'
import { OutletMap } from '../OutletMap'
import '../outlets.css'

function OutletDetail({ outlet, catalogue }: { outlet: Outlet; catalogue: Catalogue | undefined }) {
  const names = serviceNames(catalogue)
  const services = outlet.serviceIds.map((id) => names.get(id)).filter((name): name is string => Boolean(name))
  const place: Place = { name: outlet.name, address: outlet.address, latitude: outlet.latitude, longitude: outlet.longitude }
  return (
    <View>
      <View className="outlet-detail__head">
        <View className="outlet-detail__name">{outlet.name}</View>
        <Text className="outlet-cell__meta">
          {KIND_TEXT[outlet.kind]} · {outlet.district}
        </Text>
        <OpenBadge hours={outlet.hours} />
      </View>
      <View className="weui-cells">
        <View className="weui-cell">
          <View className="weui-cell__hd weui-label">地址</View>
          <View className="weui-cell__bd">{outlet.address}</View>
        </View>
        <View className="weui-cell">
          <View className="weui-cell__hd weui-label">办公时间</View>
          <View className="weui-cell__bd">
            {formatHours(outlet.hours).map((line) => (
              <Text key={line} className="outlet-detail__line">
                {line}
              </Text>
            ))}
            <Text className="outlet-detail__line hint-inline">法定节假日以网点公告为准</Text>
          </View>
        </View>
        <PhoneLink className="weui-cell weui-cell_access" phone={outlet.phone} label={`拨打${outlet.name}电话 ${outlet.phone}`}>
          <View className="weui-cell__hd weui-label">电话</View>
          <View className="weui-cell__bd">{outlet.phone}</View>
          <View className="weui-cell__ft weui-cell__ft_in-access">拨打</View>
        </PhoneLink>
        {services.length ? (
          <View className="weui-cell">
            <View className="weui-cell__hd weui-label">可办业务</View>
            <View className="weui-cell__bd" role="list" ariaLabel="可办业务">
              {services.map((name) => (
                <View key={name} role="listitem">
                  {name}
                </View>
              ))}
            </View>
          </View>
        ) : null}
      </View>
      <OutletMap place={place} />
    </View>
  )
}

/** 网点详情: address, hours, open now, phone, map and navigation. Opens from /outlets/detail/index?city=…&id=… */
export default function OutletDetailPage() {
  const id = pageParam('id')
  return (
    <Screen>
      <View className="hint hint--opening">去网点办理前，建议先打电话问清办公时间和需要带的证件、材料。</View>
      <CityOutlets>
        {(outlets, _cityId, catalogue) => {
          const outlet = outlets.find((o) => o.id === id)
          return outlet ? <OutletDetail outlet={outlet} catalogue={catalogue} /> : <EmptyView title="没有找到这个网点，它可能已经调整或搬迁" />
        }}
      </CityOutlets>
    </Screen>
  )
}
