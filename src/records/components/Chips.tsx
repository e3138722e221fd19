import { ScrollView, View } from '@tarojs/components'
import { focusable } from '@/ui/focusable'

export interface ChipOption<V extends string> {
  value: V
  label: string
}

/** One choice out of a few, as a row of pressable chips that scrolls sideways when it is long. */
export function Chips<V extends string>({
  label,
  options,
  value,
  onChange,
}: {
  /** The group's name for screen readers, e.g. 险种. */
  label: string
  options: readonly ChipOption<V>[]
  value: V
  onChange(value: V): void
}) {
  return (
    <View role="group" ariaLabel={label}>
      <ScrollView scrollX enableFlex className="chips">
        {options.map((option) => {
          const selected = option.value === value
          return (
            <View
              key={option.value}
              className={`chips__chip${selected ? ' chips__chip--selected' : ''}`}
              role="button"
              aria-pressed={selected}
              {...focusable}
              ariaLabel={`${label}：${option.label}${selected ? '，已选中' : ''}`}
              onClick={() => !selected && onChange(option.value)}
            >
              {option.label}
            </View>
          )
        })}
      </ScrollView>
    </View>
  )
}
