import { View } from '@tarojs/components'
import { focusable } from './focusable'
import './SwitchRow.css'

/**
 * A setting that is on or off, toggled by a tap anywhere on its row (the label too, not only the small
 * switch): the row is the one control, a `switch` with `aria-checked` for screen readers; the drawn
 * switch inside only shows the state. The same on WeChat, Alipay and H5 (no native switch to tap twice).
 */
export function SwitchRow({ label, name, checked, onChange }: { label: string; name: string; checked: boolean; onChange(checked: boolean): void }) {
  return (
    <View
      className="weui-cell weui-cell_active switch-row"
      role="switch"
      aria-checked={checked}
      ariaLabel={name}
      {...focusable}
      hoverClass="weui-cell_active"
      onClick={() => onChange(!checked)}
    >
      <View className="weui-cell__bd">{label}</View>
      <View className="weui-cell__ft">
        <View className={checked ? 'switch-row__track switch-row__track--on' : 'switch-row__track'} aria-hidden>
          <View className="switch-row__knob" />
        </View>
      </View>
    </View>
  )
}
