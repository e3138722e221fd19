import { Text, View } from '@tarojs/components'
import './Steps.css'
import '@/ui/weui/steps'

/**
 * WeUI's horizontal steps indicator: done steps in the brand colour, the current one marked, and one
 * sentence for screen readers ("第 2 步，共 5 步：授权").
 */
export function Steps({ titles, current }: { titles: readonly string[]; current: number }) {
  return (
    <View className="steps" role="group" ariaLabel={`第 ${current + 1} 步，共 ${titles.length} 步：${titles[current]}`}>
      <View className="weui-steps weui-steps_horizonal">
        {titles.map((title, i) => (
          <View
            key={title}
            className={['weui-steps__item', i < current ? 'weui-steps__item_success' : '', i === current ? 'steps__item--current' : '']
              .filter(Boolean)
              .join(' ')}
          />
        ))}
      </View>
      <View className="steps__titles">
        {titles.map((title, i) => (
          <Text key={title} className={`steps__title${i === current ? ' steps__title--current' : ''}`}>
            {title}
          </Text>
        ))}
      </View>
    </View>
  )
}
