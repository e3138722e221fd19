import { View } from '@tarojs/components'
import type { ResponseOf } from '@/gateway/contract'
import { useRequest } from '@/gateway/hooks'
import { useCityChoice } from '@/city/store'
import { PhoneLink } from '@/ui/PhoneLink'
import { Screen } from '@/ui/Screen'
import { LoadingView } from '@/ui/states'
import { RequestView } from '@/identity/RequestView'
import { useTextSize } from '@/stores/preferences'
import { CardEntry } from './CardEntry'
import { CityPicker } from './CityPicker'
import { CityServices } from './CityServices'
import { HOTLINE } from '@/lib/hotline'
import { ElderModeEntry, ElderTiles } from './ElderMode'
import './index.css'

function CityHome({ cities }: { cities: ResponseOf<'cities'> }) {
  const { status, pick } = useCityChoice(cities)
  const city = status.kind === 'chosen' ? cities.find((c) => c.id === status.cityId) : undefined
  return (
    <View>
      {status.kind === 'resolving' ? <LoadingView label="正在确定您所在的城市" /> : <CityPicker cities={cities} status={status} onPick={pick} />}
      {city ? <CityServices key={city.id} cityId={city.id} cityName={city.name} /> : null}
    </View>
  )
}

/** 市民中心: city, e-card at a glance, the city's services, notices, the 12333 hotline. */
export default function Home() {
  const cities = useRequest('cities', {})
  const large = useTextSize().large
  return (
    <Screen tab className="home">
      <View className="page-title">市民中心</View>
      <ElderModeEntry />
      {large ? <ElderTiles /> : null}
      <CardEntry />
      {/* Above the content that loads, so nothing on screen moves when the services arrive. In 长辈版 the
          hotline is one of the tiles above. */}
      {large ? null : (
        <View className="weui-cells hotline">
          <PhoneLink className="weui-cell weui-cell_access hotline__cell" phone={HOTLINE} label={`拨打人社服务热线 ${HOTLINE}`}>
            <View className="weui-cell__bd">人社服务热线</View>
            <View className="weui-cell__ft weui-cell__ft_in-access hotline__number">{HOTLINE}</View>
          </PhoneLink>
        </View>
      )}
      <RequestView state={cities} onRetry={cities.reload} loadingLabel="正在加载城市">
        {(list) => <CityHome cities={list} />}
      </RequestView>
    </Screen>
  )
}
