import { useReachBottom } from '@tarojs/taro'
import { useCallback, useEffect, useRef, useState } from 'react'
import { GatewayError } from '@/gateway/errors'

export interface PageOf<T> {
  items: T[]
  page: number
  total: number
  hasMore: boolean
}

export interface PagedListState<T> {
  /** The first page: loading (skeleton), its error, or done. */
  phase: 'loading' | 'error' | 'done'
  items: T[]
  total: number
  hasMore: boolean
  error?: GatewayError
  /** The next page: idle, loading (footer spinner) or failed (footer retry). */
  more: 'idle' | 'loading' | 'error'
  moreError?: GatewayError
}

function initial<T>(): PagedListState<T> {
  return { phase: 'loading', items: [], total: 0, hasMore: false, more: 'idle' }
}

const asGatewayError = (error: unknown) => (error instanceof GatewayError ? error : new GatewayError('SERVER_ERROR'))

/**
 * A paged gateway list with infinite scroll: loads page 1 whenever `key` (the filters) changes, the
 * next page when the page is scrolled to the bottom (or `loadMore` is pressed), and page 1 again on
 * `refresh`. Answers that arrive after the filters changed are dropped.
 */
export function usePagedList<T>(key: string, load: (page: number) => Promise<PageOf<T>>) {
  const [state, setState] = useState<PagedListState<T>>(initial)
  const [shownKey, setShownKey] = useState(key)
  if (shownKey !== key) {
    // New filters: back to the skeleton at once (the effect below loads their first page).
    setShownKey(key)
    setState(initial<T>())
  }
  const loadRef = useRef(load)
  const stateRef = useRef(state)
  useEffect(() => {
    loadRef.current = load
    stateRef.current = state
  })
  const generation = useRef(0)
  const pageRef = useRef(0)
  const busy = useRef(false)

  const fetchPage = useCallback(async (page: number) => {
    const mine = generation.current
    busy.current = true
    try {
      const result = await loadRef.current(page)
      if (mine !== generation.current) return
      pageRef.current = result.page
      setState((s) => ({
        phase: 'done',
        items: page === 1 ? result.items : [...s.items, ...result.items],
        total: result.total,
        hasMore: result.hasMore,
        more: 'idle',
      }))
    } catch (caught) {
      if (mine !== generation.current) return
      const error = asGatewayError(caught)
      setState((s) => (page === 1 ? { ...initial<T>(), phase: 'error', error } : { ...s, more: 'error', moreError: error }))
    } finally {
      if (mine === generation.current) busy.current = false
    }
  }, [])

  /** Page 1 again, dropping whatever earlier request is still on its way. */
  const restart = useCallback(() => {
    generation.current += 1
    return fetchPage(1)
  }, [fetchPage])

  useEffect(() => {
    void restart()
  }, [key, restart])

  const loadMore = useCallback(() => {
    const { phase, hasMore } = stateRef.current
    if (busy.current || phase !== 'done' || !hasMore) return
    setState((s) => ({ ...s, more: 'loading', moreError: undefined }))
    void fetchPage(pageRef.current + 1)
  }, [fetchPage])

  useReachBottom(loadMore)

  /** Pull-to-refresh: the rows stay until page 1 replaces them (a failed list shows the skeleton). */
  const refresh = useCallback(() => {
    if (stateRef.current.phase !== 'done') setState(initial<T>())
    return restart()
  }, [restart])

  const retry = useCallback(() => {
    if (stateRef.current.phase !== 'error') return loadMore()
    setState(initial<T>())
    void restart()
  }, [restart, loadMore])

  return { ...state, loadMore, refresh, retry }
}
