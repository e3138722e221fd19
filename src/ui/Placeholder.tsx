import { Text, View } from '@tarojs/components'
import { Screen } from './Screen'

/** A page whose capability is not built yet: says what will be there, shows no data. */
export function Placeholder({ title, description }: { title: string; description: string }) {
  return (
    <Screen>
      <View className="weui-msg">
        <View className="weui-msg__text-area">
          <Text className="weui-msg__title">{title}</Text>
          <View className="weui-msg__desc">{description}</View>
        </View>
      </View>
    </Screen>
  )
}
