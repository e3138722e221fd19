import { useCallback, useEffect, useRef, useState } from 'react'
import { call, newIdempotencyKey } from './client'
import type { EndpointId, RequestOf, ResponseOf } from './contract'
import { GatewayError } from './errors'

export type RequestState<T> =
  | { phase: 'loading'; data?: undefined; error?: undefined }
  | { phase: 'done'; data: T; error?: undefined }
  | { phase: 'error'; data?: undefined; error: GatewayError }

function asGatewayError(error: unknown): GatewayError {
  return error instanceof GatewayError ? error : new GatewayError('SERVER_ERROR')
}

/**
 * Loads an endpoint when the input changes (compared by value) and gives `reload` for retry and
 * pull-to-refresh. Pass `null` as input to wait (e.g. until a city is chosen).
 */
export function useRequest<E extends EndpointId>(endpointId: E, input: RequestOf<E> | null) {
  const [state, setState] = useState<RequestState<ResponseOf<E>>>({ phase: 'loading' })
  const key = input === null ? null : JSON.stringify(input)
  const inputRef = useRef(input)
  inputRef.current = input
  const [attempt, setAttempt] = useState(0)

  useEffect(() => {
    if (key === null || inputRef.current === null) return
    let live = true
    setState({ phase: 'loading' })
    call(endpointId, inputRef.current).then(
      (data) => live && setState({ phase: 'done', data }),
      (error: unknown) => live && setState({ phase: 'error', error: asGatewayError(error) }),
    )
    return () => {
      live = false
    }
  }, [endpointId, key, attempt])

  const reload = useCallback(() => setAttempt((n) => n + 1), [])
  return { ...state, reload }
}

/**
 * A write the user submits: one request at a time however often the button is pressed, the same
 * idempotency key when the same body is sent again after a failure (a retry: the gateway answers with
 * the first result if the first went through), a new key for a new body (a corrected entry) and after
 * success, the error kept for display.
 */
export function useSubmit<E extends EndpointId>(endpointId: E) {
  const [pending, setPending] = useState(false)
  const [error, setError] = useState<GatewayError | null>(null)
  const inFlight = useRef(false)
  /** The key of the last failed submission and the body it was for. */
  const retry = useRef<{ body: string; key: string } | null>(null)

  const submit = useCallback(
    async (input: RequestOf<E>): Promise<ResponseOf<E> | null> => {
      if (inFlight.current) return null
      inFlight.current = true
      setPending(true)
      setError(null)
      try {
        const body = JSON.stringify(input)
        if (retry.current?.body !== body) retry.current = { body, key: await newIdempotencyKey() }
        const result = await call(endpointId, input, { idempotencyKey: retry.current.key })
        retry.current = null
        return result
      } catch (caught) {
        setError(asGatewayError(caught))
        return null
      } finally {
        inFlight.current = false
        setPending(false)
      }
    },
    [endpointId],
  )

  return { submit, pending, error, clearError: () => setError(null) }
}
