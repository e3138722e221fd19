import { Switch, View } from '@tarojs/components'
import { NavCell } from '@/ui/NavCell'
import { Screen } from '@/ui/Screen'
import { usePreferences } from '@/stores/preferences'

export default function MeTab() {
  const { largeText, setLargeText } = usePreferences()
  return (
    <Screen tab>
      <View className="page-title">我的</View>
      <View className="weui-cells__title">显示</View>
      <View className="weui-cells">
        <View className="weui-cell weui-cell_switch">
          <View className="weui-cell__bd" id="large-text-label">
            大字模式（适老化）
          </View>
          <View className="weui-cell__ft">
            <Switch
              checked={largeText}
              color="#06ae56"
              ariaLabel="大字模式"
              // H5: the checkbox inside Taro's switch gets its own name (nativeProps reach the <input>).
              nativeProps={{ 'aria-label': '大字模式' }}
              onChange={(e) => setLargeText(e.detail.value)}
            />
          </View>
        </View>
      </View>
      <View className="weui-cells__title">卡片与安全</View>
      <View className="weui-cells">
        <NavCell title="卡片管理" url="/manage/index/index" />
        <NavCell title="修改密码" url="/manage/password/index" />
        <NavCell title="临时挂失" url="/manage/loss/index" />
      </View>
    </Screen>
  )
}
