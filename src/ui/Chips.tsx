import { ScrollView, View } from '@tarojs/components'
import { focusable } from './focusable'
import './Chips.css'

export interface ChipOption<V extends string | undefined> {
  value: V
  label: string
}

/**
 * One choice out of a few (a filter: 全部… first), as a row of chips that wraps so every choice stays in
 * sight, or, for a long list such as years, one row that scrolls sideways (`scroll`) so the records stay near
 * the top. The chosen chip is pressed (aria-pressed), filled and carries a ✓, not only the brand colour.
 */
export function Chips<V extends string | undefined>({
  label,
  options,
  value,
  onChange,
  scroll = false,
}: {
  /** The group's name for screen readers, e.g. 险种. */
  label: string
  options: readonly ChipOption<V>[]
  value: V
  onChange(value: V): void
  scroll?: boolean
}) {
  const chips = options.map((option) => {
    const selected = option.value === value
    return (
      <View
        key={option.value ?? ''}
        className={selected ? 'chip chip--on' : 'chip'}
        role="button"
        {...focusable}
        aria-pressed={selected}
        ariaLabel={`${label}：${option.label}`}
        onClick={() => !selected && onChange(option.value)}
      >
        {option.label}
      </View>
    )
  })
  return (
    <View role="group" ariaLabel={label}>
      {scroll ? (
        <ScrollView scrollX enableFlex className="chips chips--scroll">
          {chips}
        </ScrollView>
      ) : (
        <View className="chips">{chips}</View>
      )}
    </View>
  )
}
