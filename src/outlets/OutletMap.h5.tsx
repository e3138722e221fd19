import { View } from '@tarojs/components'
import { mapLink, type Place } from '@/platform'

/**
 * H5: a link to the map site, which marks the outlet and navigates. Taro's web Map component is not used
 * (importing it would put its code, and hammer.js, in the components every H5 page loads).
 */
export function OutletMap({ place }: { place: Place }) {
  return (
    <View className="actions">
      <a className="weui-btn weui-btn_primary" href={mapLink(place)} target="_blank" rel="noopener noreferrer" aria-label={`在地图中查看并导航到${place.name}`}>
        在地图中查看 / 导航
      </a>
    </View>
  )
}
