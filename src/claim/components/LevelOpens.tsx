import { View } from '@tarojs/components'
import { LEVEL_INFO } from '../levels'

/** The list of what a level opens. */
export function LevelOpens({ level }: { level: keyof typeof LEVEL_INFO }) {
  return (
    <View className="claim-opens" role="list" ariaLabel={`${LEVEL_INFO[level].title}可以使用`}>
      {LEVEL_INFO[level].opens.map((line) => (
        <View key={line} className="claim-opens__item" role="listitem">
          {line}
        </View>
      ))}
    </View>
  )
}
