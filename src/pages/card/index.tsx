import { View } from '@tarojs/components'
import { NavCell } from '@/ui/NavCell'
import { Screen } from '@/ui/Screen'

export default function CardTab() {
  return (
    <Screen>
      <View className="page-title">电子社保卡</View>
      <View className="weui-cells">
        <NavCell title="申领电子社保卡" url="/claim/wizard/index" />
        <NavCell title="出示二维码" url="/code/show/index" />
        <NavCell title="扫一扫" url="/code/scan/index" />
        <NavCell title="我的电子社保卡" url="/claim/status/index" />
        <NavCell title="社保卡密码激活" url="/claim/pin/index" />
      </View>
    </Screen>
  )
}
