import { Text, View } from '@tarojs/components'
import './Steps.css'

/**
 * A horizontal steps indicator in WeUI's look: numbered dots joined by a line (done and current in the
 * brand colour, the current one ringed) over one sentence that says where the resident is
 * ("第 2 步，共 5 步：授权"), which is also the group's name for screen readers. The titles of the other steps are
 * not drawn: five of them do not fit a 320 px screen in large-text mode without breaking words.
 */
export function Steps({ titles, current }: { titles: readonly string[]; current: number }) {
  const where = `第 ${current + 1} 步，共 ${titles.length} 步：${titles[current]}`
  return (
    <View className="steps" role="group" ariaLabel={where}>
      <View className="steps__track" aria-hidden>
        {titles.map((title, i) => (
          <View key={title} className={`steps__item steps__item--${i < current ? 'done' : i === current ? 'current' : 'todo'}`}>
            <Text className="steps__dot">{i + 1}</Text>
          </View>
        ))}
      </View>
      <Text className="steps__caption" aria-hidden>
        {where}
      </Text>
    </View>
  )
}
