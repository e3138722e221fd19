import { View } from '@tarojs/components'
import { NavCell } from '@/ui/NavCell'
import { Screen } from '@/ui/Screen'
import { SwitchRow } from '@/ui/SwitchRow'
import { usePreferences, useTextSize } from '@/stores/preferences'

export default function MeTab() {
  const setLargeText = usePreferences((s) => s.setLargeText)
  const largeText = useTextSize().large
  return (
    <Screen tab>
      <View className="page-title">我的</View>
      <View className="weui-cells__title">显示</View>
      <View className="weui-cells">
        <SwitchRow label="大字模式（适老化）" name="大字模式" checked={largeText} onChange={setLargeText} />
      </View>
      <View className="weui-cells__title">卡片与安全</View>
      <View className="weui-cells">
        <NavCell title="卡片管理" url="/manage/index/index" />
        <NavCell title="修改密码" url="/manage/password/index" />
        <NavCell title="临时挂失" url="/manage/loss/index" />
        <NavCell title="亲情服务" url="/family/index/index" />
      </View>
    </Screen>
  )
}
