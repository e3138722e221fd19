import { Text, View } from '@tarojs/components'
import { Button } from './Button'
import { useEffect, useState } from 'react'

const KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '', '0', 'del']

/**
 * The in-app 6-digit password keypad: no system keyboard, digits never shown (dots only), each key a
 * labelled button. Calls onComplete with the six digits; remount it (change `key`) to clear it. While
 * `busy` (what is being done, e.g. 正在核验密码) it shows a spinner with those words and takes no keys.
 */
export function Keypad({
  label,
  error,
  onComplete,
  disabled: disabledProp,
  busy,
}: {
  label: string
  error?: string | null
  onComplete(value: string): void
  disabled?: boolean
  busy?: string | null
}) {
  const disabled = disabledProp || !!busy
  const [value, setValue] = useState('')

  useEffect(() => {
    if (value.length === 6) onComplete(value)
    // eslint-disable-next-line react-hooks/exhaustive-deps -- fire once per completed entry
  }, [value])

  const press = (key: string) => {
    if (disabled) return
    if (key === 'del') setValue((v) => v.slice(0, -1))
    else if (value.length < 6) setValue((v) => v + key)
  }

  return (
    <View className="keypad">
      <View className="keypad__label">{label}</View>
      <View className="keypad__dots" role="status" ariaLabel={`${label}，已输入 ${value.length} 位，共 6 位`}>
        {Array.from({ length: 6 }, (_, i) => (
          <View key={i} className={`keypad__dot${i < value.length ? ' keypad__dot--filled' : ''}`} />
        ))}
      </View>
      {busy ? (
        <View className="keypad__busy" role="status">
          <View className="weui-loading" />
          <Text>{busy}…</Text>
        </View>
      ) : error ? (
        <View className="field-error keypad__error" role="alert">
          {error}
        </View>
      ) : null}
      <View className="keypad__keys">
        {KEYS.map((key, i) =>
          key === '' ? (
            <View key={i} className="keypad__key keypad__key--blank" />
          ) : (
            <Button key={i} className="keypad__key" ariaLabel={key === 'del' ? '删除' : key} disabled={disabled} onClick={() => press(key)}>
              <Text>{key === 'del' ? '删除' : key}</Text>
            </Button>
          ),
        )}
      </View>
    </View>
  )
}
