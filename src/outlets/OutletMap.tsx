import { Map, View } from '@tarojs/components'
import { Button } from '@/ui/Button'
import { openLocation, type Place } from '@/platform'

/** Mini-programs: the platform's map with the outlet marked, and 导航 (OutletMap.h5.tsx is the H5 twin). */
export function OutletMap({ place }: { place: Place }) {
  return (
    <View>
      <Map
        className="outlet-map"
        latitude={place.latitude}
        longitude={place.longitude}
        scale={16}
        onError={() => undefined}
        markers={[{ id: 1, latitude: place.latitude, longitude: place.longitude, title: place.name, iconPath: '', width: 24, height: 32 }]}
      />
      <View className="actions">
        <Button className="weui-btn weui-btn_primary" onClick={() => openLocation(place)}>
          导航
        </Button>
      </View>
    </View>
  )
}
