import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { usePreferences, useTextSize } from '@/stores/preferences'
import { focusable } from '@/ui/focusable'
import { PhoneLink } from '@/ui/PhoneLink'
import { HOTLINE } from '@/lib/hotline'
import type { PageUrl } from '@/lib/routes'

/** The visible way in and out of 长辈版 (large-text mode), on the home page and in search; remembered. */
export function ElderModeEntry() {
  const large = useTextSize().large
  const setLargeText = usePreferences((s) => s.setLargeText)
  return (
    <View
      className={`elder-entry${large ? ' elder-entry--on' : ''}`}
      role="switch"
      aria-checked={large}
      {...focusable}
      ariaLabel="长辈版：大字、大按钮"
      onClick={() => setLargeText(!large)}
    >
      <Text className="elder-entry__name">长辈版</Text>
      <Text className="elder-entry__state">{large ? '已开启，点此关闭' : '大字、大按钮，点此开启'}</Text>
    </View>
  )
}

const TILES = [
  { label: '出示二维码', url: '/code/show/index' },
  { label: '查询养老金/缴费记录', url: '/records/index/index' },
  { label: '附近网点', url: '/outlets/list/index' },
] as const satisfies readonly { label: string; url: PageUrl }[]

/** 长辈版's first screen: what elders do most, as large tiles; the full grid follows. */
export function ElderTiles() {
  return (
    <View className="elder-tiles" role="group" ariaLabel="常用服务">
      {TILES.slice(0, 2).map((tile) => (
        <View key={tile.url} className="elder-tile" role="link" {...focusable} onClick={() => void Taro.navigateTo({ url: tile.url })}>
          {tile.label}
        </View>
      ))}
      <PhoneLink className="elder-tile" phone={HOTLINE} label={`拨打人社服务热线 ${HOTLINE}`}>
        <Text className="elder-tile__line">人社服务热线</Text>
        <Text className="elder-tile__line">{HOTLINE}</Text>
      </PhoneLink>
      <View className="elder-tile" role="link" {...focusable} onClick={() => void Taro.navigateTo({ url: TILES[2].url })}>
        {TILES[2].label}
      </View>
    </View>
  )
}
