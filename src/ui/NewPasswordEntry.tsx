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
 * on the last attempt (a weak-password refusal shown with the rule it names); remount (change `key`) to start over after it.
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
  onDone(password: string): void
}) {
  const [first, setFirst] = useState<string | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const [round, setRound] = useState(0)

  const restart = (message: string | null, keep: string | null) => {
    setProblem(message)
    setFirst(keep)
    setRound((n) => n + 1)
  }

  const enterFirst = (value: string) => {
    const weak = forbidInitialPin && value === INITIAL_PIN ? 'initial-pin' : checkPassword(value, context)
    if (weak) restart(PASSWORD_MESSAGES[weak], null)
    else restart(null, value)
  }

  const enterSecond = (value: string) => {
    if (first !== null && value === first) onDone(first)
    else restart(`${PASSWORD_MESSAGES.mismatch}，请重新设置`, null)
  }

  return first === null ? (
    <Keypad
      key={`first-${round}`}
      label={phrase('请设置', what)}
      error={problem ?? (error ? newPasswordRefusal(error) : null)}
      disabled={disabled}
      onComplete={enterFirst}
    />
  ) : (
    <Keypad key={`second-${round}`} label={phrase('请再次输入', what)} disabled={disabled} onComplete={enterSecond} />
  )
}
