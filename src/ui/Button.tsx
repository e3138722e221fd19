import { Button as TaroButton } from '@tarojs/components'
import type { ButtonProps } from '@tarojs/components'
import type { ReactNode } from 'react'

/**
 * The app's only button: Taro's Button with `disabled`, `loading` and `plain` passed only when true.
 * Taro's H5 components write `disabled={false}` as the attribute `disabled="false"`, and Taro's
 * `taro-button-core[disabled]` and WeUI's `.weui-btn[disabled]` rules match any value: enabled buttons
 * were painted as disabled (white keypad digits on white). eslint.config.mjs forbids Taro's Button
 * everywhere else.
 */
export function Button({ disabled, loading, plain, children, ...props }: ButtonProps & { children?: ReactNode }) {
  return (
    <TaroButton {...props} {...(disabled ? { disabled: true } : {})} {...(loading ? { loading: true } : {})} {...(plain ? { plain: true } : {})}>
      {children}
    </TaroButton>
  )
}
