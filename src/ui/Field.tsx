import { Input, Label, View } from '@tarojs/components'
import { useState, type ComponentProps } from 'react'
import { normaliseField, displayField, type FieldKind } from '@/lib/fields'
import { editNumber } from '@/lib/numberEdit'
import { caretOf, useCaret } from './caret'
import { fieldInput } from './fieldInput'
import './Field.css'
import { Alert } from './Alert'

type InputProps = ComponentProps<typeof Input>

/**
 * A WeUI form row: label, input, and its error right under it (announced to screen readers). With a
 * `kind` the field forgives how people type (src/lib/fields.ts): numbers are normalised as they are
 * typed or pasted, stored as digits and shown grouped as printed; a name is tidied when the field is left.
 * No maxlength: Taro's default (140) never cuts a paste, and the field's check says when the normalised
 * value is too long.
 */
export function Field({
  id,
  label,
  kind,
  error,
  value,
  onValue,
  ...input
}: { id: string; label: string; kind?: FieldKind; error?: string | null; value: string; onValue(value: string): void } & Omit<
  InputProps,
  'value' | 'onInput' | 'id' | 'type' | 'maxlength'
>) {
  const [edit, setEdit] = useState<{ cursor: number } | null>(null)
  const number = kind && kind !== 'name' ? kind : null
  const shown = number ? displayField(number, value) : value
  const caret = useCaret(id, shown, edit)
  return (
    <View>
      <View className={`weui-cell weui-cell_active${error ? ' weui-cell_warn' : ''}${kind === 'idNumber' || kind === 'bankCard' ? ' field--long' : ''}`}>
        <View className="weui-cell__hd">
          <Label className="weui-label" for={id}>
            {label}
          </Label>
        </View>
        <View className="weui-cell__bd">
          <Input
            {...(kind ? fieldInput(kind) : {})}
            {...input}
            {...caret}
            id={id}
            className="weui-input"
            value={shown}
            ariaLabel={label}
            onInput={(e) => {
              if (!number) return onValue(e.detail.value)
              const next = editNumber(number, e.detail.value, caretOf(id, e.detail.cursor))
              setEdit({ cursor: next.cursor })
              onValue(next.value)
            }}
            onBlur={() => {
              const tidy = kind ? normaliseField(kind, value) : value
              if (tidy !== value) onValue(tidy)
            }}
          />
        </View>
      </View>
      <Alert id={`${id}-error`} message={error} />
    </View>
  )
}
