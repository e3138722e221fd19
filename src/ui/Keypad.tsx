import { Text, View } from '@tarojs/components'
import { Button } from './Button'
import { Alert } from './Alert'

const KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '', '0', 'del']

const PASSWORD_LENGTH = 6

/** The digits typed on a keypad, held by its owner (who clears them to start the entry over). */
export interface KeypadDigits {
  value: string
  onChange(value: string): void
}

/**
 * The in-app 6-digit password keypad: no system keyboard, digits never shown (dots only), each key a
 * labelled button. Controlled: the owner holds the digits (`value`, `onChange`) and gets onComplete with
 * the sixth. While `busy` (what is being done, e.g. 正在核验密码) it shows a spinner with those words and
 * takes no keys.
 */
export function Keypad({
  label,
  value,
  onChange,
  error,
  onComplete,
  disabled: disabledProp,
  busy,
}: KeypadDigits & {
  label: string
  error?: string | null
  onComplete(value: string): void
  disabled?: boolean
  busy?: string | null
}) {
  const disabled = disabledProp || !!busy

  const press = (key: string) => {
    if (disabled) return
    if (key === 'del') return onChange(value.slice(0, -1))
    if (value.length === PASSWORD_LENGTH) return
    const next = value + key
    onChange(next)
    if (next.length === PASSWORD_LENGTH) onComplete(next)
  }

  return (
    <View className="keypad">
      <View className="keypad__label">{label}</View>
      <View className="keypad__dots" role="status" ariaLabel={`${label}，已输入 ${value.length} 位，共 ${PASSWORD_LENGTH} 位`}>
        {Array.from({ length: PASSWORD_LENGTH }, (_, i) => (
          <View key={i} className={`keypad__dot${i < value.length ? ' keypad__dot--filled' : ''}`} />
        ))}
      </View>
      {busy ? (
        <View className="keypad__busy" role="status">
          <View className="weui-loading" />
          <Text>{busy}…</Text>
        </View>
      ) : (
        <Alert className="keypad__error" message={error} />
      )}
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
