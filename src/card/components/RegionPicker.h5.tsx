import { Field } from '@/ui/Field'

const PARTS = [
  { id: 'region-province', label: '省份', placeholder: '如：山东省' },
  { id: 'region-city', label: '城市', placeholder: '如：泰安市' },
  { id: 'region-district', label: '区县', placeholder: '如：泰山区' },
] as const

/**
 * H5: Taro's H5 Picker has no region mode (only selector, multiSelector, time and date), and a country's
 * region list would weigh more than this whole page: the three parts are typed.
 */
export function RegionPicker({ value, onChange }: { value: string[]; onChange(region: string[]): void }) {
  return (
    <>
      {PARTS.map((part, i) => (
        <Field
          key={part.id}
          id={part.id}
          label={part.label}
          placeholder={part.placeholder}
          value={value[i] ?? ''}
          onValue={(text) => onChange(PARTS.map((_, j) => (j === i ? text.trim() : (value[j] ?? ''))))}
        />
      ))}
    </>
  )
}
