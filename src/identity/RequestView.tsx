/**
 * A page's request, as the resident sees it: loading, the content, or the gateway's error, which becomes the
 * sign-in when the visitor has no session yet (so it lives with identity, not in the presentational src/ui).
 */
import { useState, type ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import type { GatewayError } from '@/gateway/errors'
import { Button } from '@/ui/Button'
import { LoadingView } from '@/ui/states'
import { useCountdown } from '@/ui/useCountdown'
import { SmsLogin } from './SmsLogin'

/**
 * A gateway error: its Chinese message, 重试 where a retry may help, and the SMS login on H5 when the
 * visitor has no session yet.
 */
export function ErrorView({ error, onRetry }: { error: GatewayError; onRetry?: () => void }) {
  if (error.code === 'UNAUTHORIZED') return <SmsLogin onDone={onRetry} />
  const offline = error.code === 'NETWORK_OFFLINE'
  return (
    <View className="state-view" role="alert">
      <Text className="state-view__title">{offline ? '网络未连接' : '加载失败'}</Text>
      <Text className="state-view__text">{error.message}</Text>
      {onRetry && error.retryable ? <RetryButton error={error} onRetry={onRetry} /> : null}
    </View>
  )
}

/** 重试, held back for as long as a 429 asked (its retryAfterSeconds), with the countdown on the button. */
function RetryButton({ error, onRetry }: { error: GatewayError; onRetry(): void }) {
  const [until] = useState(() => (error.details.retryAfterSeconds ? Date.now() + error.details.retryAfterSeconds * 1000 : null))
  const seconds = useCountdown(until)
  return (
    <Button className="weui-btn weui-btn_default state-view__action" disabled={seconds > 0} onClick={() => seconds === 0 && onRetry()}>
      {seconds > 0 ? `${seconds} 秒后可重试` : '重试'}
    </Button>
  )
}

/** Loading, error or the content: the usual three states of a page that loads one thing. */
export function RequestView<T>({
  state,
  onRetry,
  children,
  loadingLabel,
}: {
  state: { phase: 'loading' | 'done' | 'error'; data?: T; error?: GatewayError }
  onRetry: () => void
  children: (data: T) => ReactNode
  loadingLabel?: string
}) {
  if (state.phase === 'loading') return <LoadingView label={loadingLabel} />
  if (state.phase === 'error' && state.error) return <ErrorView error={state.error} onRetry={onRetry} />
  return <>{children(state.data as T)}</>
}
