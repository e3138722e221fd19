import { Input, Label, View } from '@tarojs/components'
import type { ComponentProps } from 'react'

type InputProps = ComponentProps<typeof Input>

/** A WeUI form row: label, input, and its error right under it (announced to screen readers). */
export function Field({
  id,
  label,
  error,
  value,
  onValue,
  ...input
}: { id: string; label: string; error?: string | null; value: string; onValue(value: string): void } & Omit<InputProps, 'value' | 'onInput' | 'id'>) {
  return (
    <View>
      <View className={`weui-cell weui-cell_active${error ? ' weui-cell_warn' : ''}`}>
        <View className="weui-cell__hd">
          <Label className="weui-label" for={id}>
            {label}
          </Label>
        </View>
        <View className="weui-cell__bd">
          <Input
            {...input}
            id={id}
            className="weui-input"
            value={value}
            ariaLabel={label}
            onInput={(e) => onValue(e.detail.value)}
          />
        </View>
      </View>
      {error ? (
        <View className="field-error" role="alert" id={`${id}-error`}>
          {error}
        </View>
      ) : null}
    </View>
  )
}
