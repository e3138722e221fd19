import { useState } from 'react'
import type { GatewayError } from '@/gateway/errors'
import { checkPassword, newPasswordRefusal, PASSWORD_MESSAGES, type PasswordContext } from '@/lib/password'
import { Keypad } from '@/ui/Keypad'

export const INITIAL_PIN = '123456'

/** "请设置" + "6 位…" with the space Chinese typography puts between a Chinese word and a number. */
const phrase = (verb: string, what: string) => (/^[0-9A-Za-z]/.test(what) ? `${verb} ${what}` : `${verb}${what}`)

/**
 * A new 6-digit password entered twice on the in-app keypad, checked against the weak-password rules
 * (with the ID number and phone as context) before anything is sent. `error` is the gateway's verdict
 * on the last submission (a weak-password refusal shown with the rule it names). Once `onDone`'s
 * submission settles the entry starts over, so a refused password is typed afresh.
 */
export function NewPasswordEntry({
  what,
  context,
  forbidInitialPin,
  error,
  disabled,
  onDone,
}: {
  what: string
  context: PasswordContext
  forbidInitialPin?: boolean
  error?: GatewayError | null
  disabled?: boolean
  onDone(password: string): Promise<unknown> | void
}) {
  const [first, setFirst] = useState<string | null>(null)
  const [digits, setDigits] = useState('')
  const [problem, setProblem] = useState<string | null>(null)

  const restart = (message: string | null, keep: string | null) => {
    setProblem(message)
    setFirst(keep)
    setDigits('')
  }

  const enterFirst = (value: string) => {
    const weak = forbidInitialPin && value === INITIAL_PIN ? 'initial-pin' : checkPassword(value, context)
    if (weak) restart(PASSWORD_MESSAGES[weak], null)
    else restart(null, value)
  }

  const enterSecond = async (value: string) => {
    if (first === null || value !== first) return restart(`${PASSWORD_MESSAGES.mismatch}，请重新设置`, null)
    await onDone(first)
    restart(null, null)
  }

  return first === null ? (
    <Keypad
      label={phrase('请设置', what)}
      value={digits}
      onChange={setDigits}
      error={problem ?? (error ? newPasswordRefusal(error) : null)}
      disabled={disabled}
      onComplete={enterFirst}
    />
  ) : (
    <Keypad label={phrase('请再次输入', what)} value={digits} onChange={setDigits} disabled={disabled} onComplete={(value) => void enterSecond(value)} />
  )
}
