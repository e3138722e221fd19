import { Picker, View } from '@tarojs/components'
import { focusable } from '@/ui/focusable'

/** Mini-programs: the platform's own province / city / district picker (Picker mode="region"). */
export function RegionPicker({ value, onChange }: { value: string[]; onChange(region: string[]): void }) {
  const chosen = value.filter(Boolean).join(' ')
  return (
    <Picker mode="region" value={value} onChange={(e) => onChange(e.detail.value as string[])}>
      <View className="weui-cell weui-cell_access" role="button" {...focusable} ariaLabel={chosen ? `所在地区：${chosen}` : '选择所在地区'}>
        <View className="weui-cell__hd">
          <View className="weui-label">所在地区</View>
        </View>
        <View className="weui-cell__bd">{chosen || '请选择省、市、区县'}</View>
        <View className="weui-cell__ft weui-cell__ft_in-access" />
      </View>
    </Picker>
  )
}
