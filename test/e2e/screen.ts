/**
 * Finding things on a Taro H5 page the way a resident sees them. Taro keeps earlier pages of the stack in the
 * DOM (hidden), so every finder looks only at what is shown; Taro's inputs and buttons are custom elements
 * (<taro-input-core> around an <input>, <taro-button-core>), found by their label or text.
 */
import type { Locator, Page } from '@playwright/test'
import { TEST_SMS_CODE } from '../../mock/data/personas'

export interface Screen {
  /** The shown ones of `locator` (all of them: for counting, reading a list). */
  shown(locator: Locator | string): Locator
  /** The first shown one of `locator`. */
  visible(locator: Locator): Locator
  /** The <input> of the Taro Input labelled `label`. */
  input(label: string): Locator
  /** The Taro button whose text is exactly `name`. */
  button(name: string): Locator
  text(value: string | RegExp): Locator
  /** A key of the in-app keypad. */
  key(digit: string): Locator
  /** Presses the digits on the in-app keypad. */
  keypad(digits: string): Promise<void>
  /** 获取验证码, waits for the countdown, types the mock's code into 验证码. */
  smsCode(): Promise<void>
  /** The H5 SMS login a page asks for first: 手机号 → 获取验证码 → 验证码 → 登录. */
  smsLogIn(phone: string): Promise<void>
}

export function screenOf(page: Page): Screen {
  const shown = (locator: Locator | string) => (typeof locator === 'string' ? page.locator(locator) : locator).filter({ visible: true })
  const visible = (locator: Locator) => shown(locator).first()
  const screen: Screen = {
    shown,
    visible,
    input: (label) => visible(page.locator(`taro-input-core[aria-label="${label}"] input`)),
    button: (name) => visible(page.locator('taro-button-core').filter({ hasText: new RegExp(`^\\s*${name}\\s*$`) })),
    text: (value) => visible(page.getByText(value)),
    key: (digit) => visible(page.locator(`taro-button-core.keypad__key[aria-label="${digit}"]`)),
    async keypad(digits) {
      for (const digit of digits) await screen.key(digit).click()
    },
    async smsCode() {
      await screen.button('获取验证码').click()
      await screen.text(/秒后可重新获取/).waitFor()
      await screen.input('验证码').fill(TEST_SMS_CODE)
    },
    async smsLogIn(phone) {
      await screen.input('手机号').fill(phone)
      await screen.smsCode()
      await screen.button('登录').click()
    },
  }
  return screen
}
