import { View } from '@tarojs/components'
import { focusable } from '@/ui/focusable'

/** One row of filter choices ("全部" first); the chosen one is pressed. */
export function FilterChips({
  label,
  allText,
  options,
  value,
  onChange,
}: {
  label: string
  allText: string
  options: { value: string; text: string }[]
  value: string | undefined
  onChange(value: string | undefined): void
}) {
  const chips = [{ value: undefined, text: allText }, ...options]
  return (
    <View className="filter-chips" role="group" ariaLabel={label}>
      {chips.map((chip) => (
        <View
          key={chip.value ?? ''}
          className={chip.value === value ? 'filter-chip filter-chip--on' : 'filter-chip'}
          role="button"
          {...focusable}
          aria-pressed={chip.value === value}
          ariaLabel={`${label}：${chip.text}`}
          onClick={() => onChange(chip.value)}
        >
          {chip.text}
        </View>
      ))}
    </View>
  )
}
