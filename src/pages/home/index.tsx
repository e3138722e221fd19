import { View } from '@tarojs/components'
import { NavCell } from '@/ui/NavCell'
import { Screen } from '@/ui/Screen'

export default function Home() {
  return (
    <Screen>
      <View className="page-title">市民中心</View>
      <View className="hint">城市服务目录、通知公告和服务网点将在这里显示。</View>
      <View className="weui-cells__title">常用服务</View>
      <View className="weui-cells">
        <NavCell title="服务网点" url="/outlets/list/index" />
        <NavCell title="社保查询" url="/records/index/index" />
      </View>
    </Screen>
  )
}
