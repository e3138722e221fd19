import { useReachBottom } from '@tarojs/taro'
import { useCallback, useEffect, useRef, useState } from 'react'
import type { EndpointId, RequestOf, ResponseOf } from './contract'
import type { GatewayError } from './errors'
import { request, requestKey, showAnswer } from './hooks'

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

function firstPageLoading<T>(): PagedListState<T> {
  return { phase: 'loading', items: [], total: 0, hasMore: false, more: 'idle' }
}

/** The endpoints that answer a page of a list. */
type PagedEndpoint = { [E in EndpointId]: ResponseOf<E> extends PageOf<unknown> ? E : never }[EndpointId]
type RowOf<E extends PagedEndpoint> = ResponseOf<E> extends PageOf<infer T> ? T : never

/**
 * A paged list with infinite scroll: page 1 whenever the filters (the input without `page`) change, the
 * next page when the page is scrolled to the bottom (or `loadMore` is pressed), page 1 again on
 * `refresh`. Rows already shown stay when a next page fails; answers for earlier filters are dropped.
 */
export function usePagedRequest<E extends PagedEndpoint>(endpointId: E, filters: Omit<RequestOf<E>, 'page'>) {
  type Row = RowOf<E>
  const key = requestKey(endpointId, filters)
  const [state, setState] = useState<PagedListState<Row>>(firstPageLoading)
  const [shownKey, setShownKey] = useState(key)
  if (shownKey !== key) {
    // New filters: back to the skeleton at once (the effect below loads their first page).
    setShownKey(key)
    setState(firstPageLoading<Row>())
  }
  const filtersRef = useRef(filters)
  const stateRef = useRef(state)
  useEffect(() => {
    filtersRef.current = filters
    stateRef.current = state
  })
  const generation = useRef(0)
  const pageRef = useRef(0)
  const busy = useRef(false)

  const fetchPage = useCallback(
    async (page: number) => {
      const mine = generation.current
      busy.current = true
      try {
        // TypeScript cannot follow a generic endpoint's types: its input is the filters and `page`, its answer a page of rows.
        const result = (await request(endpointId, { ...filtersRef.current, page } as RequestOf<E>)) as unknown as PageOf<Row>
        if (mine !== generation.current) return
        pageRef.current = result.page
        showAnswer(() =>
          setState((s) => ({
            phase: 'done',
            items: page === 1 ? result.items : [...s.items, ...result.items],
            total: result.total,
            hasMore: result.hasMore,
            more: 'idle',
          })),
        )
      } catch (caught) {
        if (mine !== generation.current) return
        const error = caught as GatewayError // request() throws only GatewayErrors
        showAnswer(() => setState((s) => (page === 1 ? { ...firstPageLoading<Row>(), phase: 'error', error } : { ...s, more: 'error', moreError: error })))
      } finally {
        if (mine === generation.current) busy.current = false
      }
    },
    [endpointId],
  )

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
    if (stateRef.current.phase !== 'done') setState(firstPageLoading<Row>())
    return restart()
  }, [restart])

  const retry = useCallback(() => {
    if (stateRef.current.phase !== 'error') return loadMore()
    setState(firstPageLoading<Row>())
    void restart()
  }, [restart, loadMore])

  return { ...state, loadMore, refresh, retry }
}
