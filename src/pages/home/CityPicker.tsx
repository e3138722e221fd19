import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { ResponseOf } from '@/gateway/contract'
import type { CityStatus } from '@/city/store'
import { focusable } from '@/ui/focusable'

type City = ResponseOf<'cities'>[number]

const SOURCE_HINT: Partial<Record<string, string>> = {
  location: '已根据您的位置推荐',
  link: '来自您打开的链接',
}

/** The current city with 切换城市, and the list of every city (open when no city is chosen yet). */
export function CityPicker({ cities, status, onPick }: { cities: City[]; status: CityStatus; onPick(cityId: string): void }) {
  const [open, setOpen] = useState(false)
  const current = status.kind === 'chosen' ? cities.find((c) => c.id === status.cityId) : undefined
  const listOpen = open || !current

  return (
    <View className="city-picker">
      {current ? (
        <View
          className="city-picker__current"
          role="button"
          {...focusable}
          ariaLabel={`当前城市${current.name}，切换城市`}
          aria-expanded={listOpen}
          hoverClass="weui-cell_active"
          onClick={() => setOpen(!open)}
        >
          <Text className="city-picker__name">{current.name}</Text>
          <Text className="city-picker__switch">{listOpen ? '收起' : '切换城市'}</Text>
          {status.kind === 'chosen' && SOURCE_HINT[status.source] ? <Text className="city-picker__hint">{SOURCE_HINT[status.source]}</Text> : null}
        </View>
      ) : null}
      {status.kind === 'unknown' ? (
        <View className="hint city-picker__alert" role="alert">
          暂不支持链接中的城市“{status.requested}”，请从下面选择您所在的城市。
        </View>
      ) : null}
      {status.kind === 'ask' ? <View className="hint">请选择您所在的城市，我们会记住您的选择。</View> : null}
      {listOpen ? (
        <View className="weui-cells city-picker__list" role="radiogroup" ariaLabel="选择城市">
          {cities.map((city) => (
            <View
              key={city.id}
              className="weui-cell weui-cell_active"
              role="radio"
              {...focusable}
              aria-checked={city.id === current?.id}
              ariaLabel={`${city.province}${city.name}`}
              hoverClass="weui-cell_active"
              onClick={() => {
                setOpen(false)
                onPick(city.id)
              }}
            >
              <View className="weui-cell__bd">{city.name}</View>
              <View className="weui-cell__ft">{city.id === current?.id ? '当前' : city.province}</View>
            </View>
          ))}
        </View>
      ) : null}
    </View>
  )
}
