/**
 * The one family through which pages read and write the gateway: `useRequest` (a cached read),
 * `usePagedRequest` (a list loaded page by page, in ./pagedRequest: only the records sub-package loads
 * it), `useSubmit` (a write) and `request` (a one-shot call where no hook fits). Reads are kept in a memory
 * cache keyed by endpoint and input: screens that show the same thing share one request and one answer,
 * a write says which reads it makes out of date (`invalidates`), and nothing of a resident survives their
 * sign-out.
 */
import { useDidShow } from '@tarojs/taro'
import { startTransition, useCallback, useEffect, useReducer, useRef, useState } from 'react'
import { useSession } from '@/stores/session'
import { call, newIdempotencyKey, type CallOptions } from './client'
import type { EndpointId, RequestOf, ResponseOf } from './contract'
import { GatewayError } from './errors'

export type RequestState<T> =
  | { phase: 'loading'; data?: undefined; error?: undefined }
  /** `error`: refreshing failed, and `data` is the last answer (kept rather than replaced by an error). */
  | { phase: 'done'; data: T; error?: GatewayError }
  | { phase: 'error'; data?: undefined; error: GatewayError }

function asGatewayError(error: unknown): GatewayError {
  return error instanceof GatewayError ? error : new GatewayError('SERVER_ERROR')
}

/** A one-shot gateway call where a hook does not fit (a timed loop, a step that chains calls). */
export function request<E extends EndpointId>(endpointId: E, input: RequestOf<E>, options?: CallOptions): Promise<ResponseOf<E>> {
  return call(endpointId, input, options).catch((error: unknown) => {
    throw asGatewayError(error)
  })
}

/** How long an answer is used without asking again when another screen shows it or the page is shown again. */
const DEFAULT_FRESH_MS = 30_000

interface Entry {
  key: string
  endpointId: EndpointId
  input: unknown
  state: RequestState<unknown>
  /** When the shown answer arrived (0: never, or made out of date by a write). */
  fetchedAt: number
  inFlight: Promise<void> | null
  /** Bumped by invalidation and sign-out: an answer to an older request is dropped. */
  generation: number
  listeners: Set<() => void>
}

const LOADING: RequestState<never> = { phase: 'loading' }
const cache = new Map<string, Entry>()

/** JSON with object keys sorted, so `{ a, b }` and `{ b, a }` are one key. */
function stableJson(value: unknown): string {
  return JSON.stringify(value, (_, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(
          Object.keys(inner)
            .sort()
            .map((key) => [key, (inner as Record<string, unknown>)[key]]),
        )
      : inner,
  )
}

/** The cache key of a request: the endpoint and its input, whatever the order of the input's fields. */
export const requestKey = (endpointId: EndpointId, input: unknown) => `${endpointId} ${stableJson(input)}`

function entryFor(endpointId: EndpointId, input: unknown): Entry {
  const key = requestKey(endpointId, input)
  let entry = cache.get(key)
  if (!entry) {
    entry = { key, endpointId, input, state: LOADING, fetchedAt: 0, inFlight: null, generation: 0, listeners: new Set() }
    cache.set(key, entry)
  }
  return entry
}

/**
 * Shows what the gateway answered in a React transition: a long list or a large page renders in slices with
 * the browser free in between, rather than in one task that blocks a tap (Lighthouse's total blocking time).
 */
export function showAnswer(update: () => void): void {
  startTransition(update)
}

function setState(entry: Entry, state: RequestState<unknown>): void {
  entry.state = state
  entry.listeners.forEach((listener) => listener())
}

/** Asks the gateway unless the same request is already on its way (then its answer is shared). */
function fetchEntry(entry: Entry): Promise<void> {
  if (entry.inFlight) return entry.inFlight
  const generation = entry.generation
  // A failed request shows loading while it is asked again; an answer already shown stays until the new one.
  if (entry.state.phase === 'error') setState(entry, LOADING)
  const settled = (apply: () => void) => {
    if (generation !== entry.generation) return
    entry.inFlight = null
    apply()
  }
  const inFlight = call(entry.endpointId, entry.input as RequestOf<EndpointId>).then(
    (data) =>
      settled(() => {
        entry.fetchedAt = Date.now()
        setState(entry, { phase: 'done', data })
      }),
    (caught: unknown) =>
      settled(() => {
        const error = asGatewayError(caught)
        setState(entry, entry.state.phase === 'done' ? { ...entry.state, error } : { phase: 'error', error })
      }),
  )
  entry.inFlight = inFlight
  return inFlight
}

/** A newer request is needed: an answer to an older one is dropped, and the next screen shown asks again. */
function markStale(entry: Entry): void {
  entry.generation += 1
  entry.inFlight = null
  entry.fetchedAt = 0
}

/**
 * Makes an endpoint's cached answers out of date after a write changed them: the screens showing them ask
 * again at once and keep showing the old answer meanwhile; the others ask when next shown.
 */
export function invalidate(endpointId: EndpointId): void {
  cache.forEach((entry) => {
    if (entry.endpointId !== endpointId) return
    markStale(entry)
    if (entry.listeners.size) void fetchEntry(entry)
  })
}

/** Forgets every cached answer: screens still showing one ask again. */
export function forgetCachedRequests(): void {
  cache.forEach((entry, key) => {
    markStale(entry)
    if (!entry.listeners.size) return void cache.delete(key)
    setState(entry, LOADING)
    void fetchEntry(entry)
  })
}

// Signed out, or someone else signed in: nothing of the previous resident is shown again. (A first sign-in
// keeps the answers: what failed for want of a session is asked again by its retry or when next shown.)
useSession.subscribe((session, before) => {
  if (before.subject !== null && session.subject !== before.subject) forgetCachedRequests()
})

export interface RequestOptions {
  /** How long (ms) a cached answer is shown without asking the gateway again; default 30 s. */
  freshMs?: number
}

/**
 * Reads an endpoint, from the cache when another screen asked for it recently. Pass `null` as input to
 * wait (e.g. until a city is chosen). `reload` asks again (retry, pull-to-refresh); the answer shown
 * stays until the new one arrives. A page shown again asks again once its answer is no longer fresh.
 */
export function useRequest<E extends EndpointId>(endpointId: E, input: RequestOf<E> | null, { freshMs = DEFAULT_FRESH_MS }: RequestOptions = {}) {
  const key = input === null ? null : requestKey(endpointId, input)
  const inputRef = useRef(input)
  inputRef.current = input
  const entry = useCallback(() => (key === null || inputRef.current === null ? null : entryFor(endpointId, inputRef.current)), [endpointId, key])

  // The cache is read while rendering and a change renders again in a transition (useSyncExternalStore would
  // render every answer in one blocking task).
  const [, renderAgain] = useReducer((count: number) => count + 1, 0)
  const state = (entry()?.state ?? LOADING) as RequestState<ResponseOf<E>>
  const rendered = useRef<RequestState<unknown>>(state)
  rendered.current = state
  useEffect(() => {
    const current = entry()
    if (!current) return
    const listener = () => showAnswer(renderAgain)
    current.listeners.add(listener)
    // An answer that came between this render and the subscription.
    if (current.state !== rendered.current) listener()
    return () => {
      current.listeners.delete(listener)
      // An error is not kept for the next screen: it asks afresh, showing loading rather than the old error.
      if (!current.listeners.size && current.state.phase === 'error' && !current.inFlight) cache.delete(current.key)
    }
  }, [entry])

  /** On mount and when the page is shown again: ask unless the answer is fresh. */
  const revalidate = useCallback(() => {
    const current = entry()
    if (current && (current.state.phase === 'error' || Date.now() - current.fetchedAt >= freshMs)) void fetchEntry(current)
  }, [entry, freshMs])
  useEffect(revalidate, [revalidate])
  useDidShow(revalidate)

  const reload = useCallback((): Promise<void> => {
    const current = entry()
    return current ? fetchEntry(current) : Promise.resolve()
  }, [entry])
  return { ...state, reload }
}

/**
 * A write the user submits: one request at a time however often the button is pressed, the same
 * idempotency key when the same body is sent again after a failure (a retry: the gateway answers with
 * the first result if the first went through), a new key for a new body (a corrected entry) and after
 * success, the error kept for display. Once it was sent the reads in `invalidates` are out of date, whatever
 * the answer (a refusal may change them too: a wrong password counts an attempt, the last one locks).
 * `onError` hears a refusal the moment it comes, for a flow that moves on because of it.
 */
export function useSubmit<E extends EndpointId>(
  endpointId: E,
  { invalidates = [], onError }: { invalidates?: readonly EndpointId[]; onError?(error: GatewayError): void } = {},
) {
  const [pending, setPending] = useState(false)
  const [error, setError] = useState<GatewayError | null>(null)
  const inFlight = useRef(false)
  /** The key of the last failed submission and the body it was for. */
  const retry = useRef<{ body: string; key: string } | null>(null)
  const invalidatesRef = useRef(invalidates)
  invalidatesRef.current = invalidates
  const onErrorRef = useRef(onError)
  onErrorRef.current = onError

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
        const refusal = asGatewayError(caught)
        setError(refusal)
        onErrorRef.current?.(refusal)
        return null
      } finally {
        invalidatesRef.current.forEach((changed) => invalidate(changed))
        inFlight.current = false
        setPending(false)
      }
    },
    [endpointId],
  )

  return { submit, pending, error, clearError: () => setError(null) }
}
