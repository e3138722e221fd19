import { Text } from '@tarojs/components'
import { openState, type HoursRule } from '@/lib/hours'

/** 营业中 / 已休息 now, in Asia/Shanghai time, with today's hours. */
export function OpenBadge({ hours, now = Date.now() }: { hours: HoursRule[]; now?: number }) {
  const state = openState(hours, now)
  return (
    <Text className="open-badge">
      <Text className={state.open ? 'open-badge__state open-badge__state--open' : 'open-badge__state'}>{state.label}</Text>
      <Text className="open-badge__today">{state.today}</Text>
    </Text>
  )
}
