import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import type { GatewayError } from '@/gateway/errors'
import { ErrorView } from '@/identity/RequestView'
import { EmptyView } from '@/ui/states'
import { cardProblemOf } from '@/identity/card'
import { CardProblemFor } from '@/identity/acting'

/** A grey placeholder of `rows` list rows while the first page loads. */
export function ListSkeleton({ rows = 4, label = '正在加载' }: { rows?: number; label?: string }) {
  return (
    <View className="skeleton" role="status" ariaLabel={label}>
      {Array.from({ length: rows }, (_, i) => (
        <View key={i} className="skeleton__row">
          <View className="skeleton__bar skeleton__bar--wide" />
          <View className="skeleton__bar" />
        </View>
      ))}
      <Text className="skeleton__label">{label}…</Text>
    </View>
  )
}

/** A query's error: the e-card problems explained (the relative's, acting for one), any other gateway error with 重试 where it helps. */
export function RecordsError({ error, onRetry }: { error: GatewayError; onRetry: () => void }) {
  const reason = cardProblemOf(error)
  return reason ? <CardProblemFor reason={reason} purpose="query" /> : <ErrorView error={error} onRetry={onRetry} />
}

/**
 * Loading skeleton, error, empty or the content of one query. `isEmpty` decides when `empty` (the
 * words of the empty state) replaces the content.
 */
export function RecordsView<T>({
  state,
  onRetry,
  empty,
  isEmpty,
  skeletonRows,
  skeleton = <ListSkeleton rows={skeletonRows} />,
  children,
}: {
  state: { phase: 'loading' | 'done' | 'error'; data?: T; error?: GatewayError }
  onRetry: () => void
  empty?: string
  isEmpty?: (data: T) => boolean
  skeletonRows?: number
  /** What shows while loading, when rows of bars would not take the content's room (the content would then move what is below it). */
  skeleton?: ReactNode
  children: (data: T) => ReactNode
}) {
  if (state.phase === 'loading') return <>{skeleton}</>
  if (state.phase === 'error' && state.error) return <RecordsError error={state.error} onRetry={onRetry} />
  const data = state.data as T
  if (empty && isEmpty?.(data)) {
    return <EmptyView title={empty} />
  }
  return <>{children(data)}</>
}
