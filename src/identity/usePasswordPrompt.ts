import { useCallback, useState } from 'react'
import type { EndpointId, RequestOf, ResponseOf } from '@/gateway/contract'
import { useSubmit } from '@/gateway/hooks'
import { attemptsMessage } from './attempts'

/** The gateway's answer once the attempts are used up: the e-card password (reset in the app) or the card PIN (at a counter). */
const LOCKED_CODES: readonly string[] = ['PASSWORD_LOCKED', 'PIN_LOCKED']

/**
 * A password (or card PIN) typed on the keypad and sent with a request: the prompt owns the digits
 * (spread `digits` onto <Keypad>), sends through useSubmit and clears the digits once answered (a
 * password is never kept), and words a refusal with the attempts left (`message`). `locked` once the gateway says the attempts are
 * used up: the page shows the way out instead of the keypad.
 */
export function usePasswordPrompt<E extends EndpointId>(endpointId: E, options?: Parameters<typeof useSubmit>[1]) {
  const request = useSubmit(endpointId, options)
  const [value, setValue] = useState('')
  const clear = useCallback(() => setValue(''), [])
  const { submit: send, error, pending, clearError } = request

  const submit = useCallback(
    async (input: RequestOf<E>): Promise<ResponseOf<E> | null> => {
      const result = await send(input)
      setValue('')
      return result
    },
    [send],
  )

  return {
    digits: { value, onChange: setValue },
    submit,
    clear,
    clearError,
    pending,
    error,
    message: attemptsMessage(error),
    locked: !!error && LOCKED_CODES.includes(error.code),
  }
}
