/**
 * A code on screen: the QR and its masked digits, a countdown, refresh 10 s before expiry and on
 * demand, the scan result by polling while visible. The code is timed on the phone's clock from the
 * lifetime the gateway gives (a phone clock that differs from the gateway's changes nothing). A failed
 * refresh leaves a still-valid code on screen; an expired code is never shown. The gateway is asked at
 * most once a second, and after three failed refreshes in a row the page stops asking and says why,
 * with 重试.
 */
import { Text, View } from '@tarojs/components'
import { Button } from '@/ui/Button'
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react'
import type { CallOptions } from '@/gateway/client'
import type { RequestOf, ResponseOf } from '@/gateway/contract'
import { GatewayError } from '@/gateway/errors'
import { request } from '@/gateway/hooks'
import { formatMoney } from '@/lib/format'
import { paidFromSentence } from '../paidFrom'
import { maskCodeDigits } from '@/lib/mask'
import { captureProtection } from '@/platform'
import { useCodeDisplayMode } from '../useCodeDisplayMode'
import { QrCode } from './QrCode'
import './LiveCode.css'
import '@/ui/weui/msg'
import { Num } from '@/ui/Num'
import { DoneButton } from '@/ui/Links'
import { Alert } from '@/ui/Alert'
import { useActingFor } from '@/identity/acting'

type IssuedCode = ResponseOf<'codeIssue'>
/** A code with `deadline`: when it stops being valid on the phone's clock. */
export type ShownCode = IssuedCode & { deadline: number }
type ScanStatus = ResponseOf<'codeStatus'>

/** Refresh this long before the code expires. */
export const REFRESH_LEAD_MS = 10_000
/** Scan status poll interval while the code is visible. */
export const POLL_MS = 2_000
/** Never ask the gateway for a code more often than this. */
export const MIN_REFRESH_INTERVAL_MS = 1_000
/** After a failed refresh, try again this much later. */
export const RETRY_AFTER_FAILURE_MS = 3_000
/** Failed refreshes in a row after which the page stops asking and offers 重试. */
export const MAX_FAILED_REFRESHES = 3

/** Errors after which only the password gives a new code. */
const NEEDS_PASSWORD = new Set(['CODE_EXPIRED', 'NOT_FOUND', 'UNAUTHORIZED'])

const CAPTURE_NOTICES = {
  'screenshots-and-recording': '本页已开启防截屏和防录屏保护。',
  recording: '录屏时二维码会被隐藏，但无法阻止截屏，请勿截屏。',
  none: '请勿截屏或录屏。',
} as const

export const KIND_NAMES = { identity: '身份码', payment: '支付码' } as const

/**
 * Asks the gateway for a code and times it from the moment the request left: the deadline is at most
 * the true one, whatever the phone's clock says about the gateway's. A one-shot request, not a cached
 * read: each code is new, and the refresh loop decides when to ask.
 */
export async function fetchCode<E extends 'codeIssue' | 'codeRefresh'>(endpointId: E, input: RequestOf<E>, options?: CallOptions): Promise<ShownCode> {
  const sentAt = Date.now()
  return timedFrom(sentAt, await request(endpointId, input, options))
}

/** A code asked for at `sentAt` (the phone's clock), with its deadline. */
export function timedFrom(sentAt: number, code: IssuedCode): ShownCode {
  return { ...code, deadline: sentAt + code.lifetimeMs }
}

/** Whether only the password can give a new code after this error. */
export function needsPassword(error: unknown): boolean {
  return error instanceof GatewayError && NEEDS_PASSWORD.has(error.code)
}

/** The current time, re-read every second while `active` (and at once when it becomes active). */
function useNow(active: boolean): number {
  const [now, setNow] = useState(Date.now)
  useLayoutEffect(() => {
    if (!active) return
    // Resync before paint when the code comes back on screen, so a stale clock never shows an expired code.
    setNow(Date.now())
    const timer = setInterval(() => setNow(Date.now()), 1000)
    return () => clearInterval(timer)
  }, [active])
  return now
}

export function LiveCode({
  initial,
  visible,
  onCode,
  onNeedPassword,
}: {
  initial: ShownCode
  visible: boolean
  /** Each refreshed code. */
  onCode?(code: ShownCode): void
  onNeedPassword(): void
}) {
  const { onBehalfOf } = useActingFor()
  const [code, setCode] = useState(initial)
  const [failure, setFailure] = useState<GatewayError | null>(null)
  /** Failed refreshes in a row. */
  const [failures, setFailures] = useState(0)
  const [refreshing, setRefreshing] = useState(false)
  const [result, setResult] = useState<ScanStatus | null>(null)
  const [digitsShown, setDigitsShown] = useState(false)
  const [protection] = useState(captureProtection)
  const codeIdRef = useRef(code.codeId)
  const inFlight = useRef(false)
  const lastAskedAt = useRef(0)
  const onCodeRef = useRef(onCode)
  useEffect(() => {
    onCodeRef.current = onCode
  })

  const now = useNow(visible && !result)
  const secondsLeft = Math.max(0, Math.ceil((code.deadline - now) / 1000))
  const expired = secondsLeft === 0
  const passwordNeeded = needsPassword(failure)
  const stopped = passwordNeeded || failures >= MAX_FAILED_REFRESHES

  const refresh = useCallback(async () => {
    if (inFlight.current || Date.now() - lastAskedAt.current < MIN_REFRESH_INTERVAL_MS) return
    inFlight.current = true
    lastAskedAt.current = Date.now()
    setRefreshing(true)
    try {
      const next = await fetchCode('codeRefresh', { onBehalfOf, codeId: codeIdRef.current })
      codeIdRef.current = next.codeId
      setCode(next)
      setFailure(null)
      setFailures(0)
      setResult(null)
      setDigitsShown(false)
      onCodeRef.current?.(next)
    } catch (caught) {
      setFailure(caught instanceof GatewayError ? caught : new GatewayError('SERVER_ERROR'))
      setFailures((n) => n + 1)
    } finally {
      inFlight.current = false
      setRefreshing(false)
    }
  }, [onBehalfOf])

  useCodeDisplayMode(visible && !result && !expired)

  // Refresh before expiry (a page shown again after expiry refreshes at once), again a little after a
  // failure, and never twice within a second.
  useEffect(() => {
    if (!visible || result || stopped) return
    const due = failures > 0 ? lastAskedAt.current + RETRY_AFTER_FAILURE_MS : code.deadline - REFRESH_LEAD_MS
    const at = Math.max(due, lastAskedAt.current + MIN_REFRESH_INTERVAL_MS)
    const timer = setTimeout(() => void refresh(), Math.max(0, at - Date.now()))
    return () => clearTimeout(timer)
  }, [code, visible, result, failures, stopped, refresh])

  // Poll the scan status while the code can be scanned.
  useEffect(() => {
    if (!visible || result || expired) return
    let live = true
    let timer: ReturnType<typeof setTimeout> | undefined
    const schedule = () => {
      timer = setTimeout(async () => {
        try {
          // Polled on its own timer while visible: an answer is never reused, so no cached read.
          const status = await request('codeStatus', { onBehalfOf, codeId: code.codeId })
          if (!live) return
          if (status.state === 'identity-verified' || status.state === 'paid') {
            setResult(status)
            return
          }
          if (status.state === 'expired') {
            // The gateway's word ends the code now; the refresh schedule takes it from there.
            setCode((shown) => (shown.codeId === code.codeId ? { ...shown, deadline: Math.min(shown.deadline, Date.now()) } : shown))
            return
          }
        } catch {
          // A failed poll is retried at the next interval; the code stays valid meanwhile.
        }
        if (live) schedule()
      }, POLL_MS)
    }
    schedule()
    return () => {
      live = false
      clearTimeout(timer)
    }
  }, [code.codeId, visible, result, expired, onBehalfOf])

  if (result) return <ScanResult status={result} kind={code.kind} refreshing={refreshing} onAgain={() => void refresh()} />

  const retry = () => (passwordNeeded ? onNeedPassword() : void refresh())
  const problem = failure ? (passwordNeeded ? '请重新输入电子社保卡密码' : failure.message) : null

  return (
    <View className="live-code">
      <View className="live-code__kind">电子社保卡{KIND_NAMES[code.kind]}</View>
      {/* The one thing on screen that changes by itself: a new code is announced, politely (适老化: enough time). */}
      <View className="visually-hidden" aria-live="polite">
        {code.codeId === initial.codeId ? '' : '二维码已自动更新'}
      </View>
      <View className="live-code__symbol">
        {expired ? (
          <View className="live-code__cover">
            <Button className="weui-btn weui-btn_default live-code__cover-button" loading={refreshing} disabled={refreshing} onClick={retry}>
              {stopped && !passwordNeeded ? '重试' : '已失效，点击刷新'}
            </Button>
            <Alert message={problem} />
          </View>
        ) : (
          <QrCode payload={code.payload} />
        )}
      </View>
      {expired ? null : (
        <View className="live-code__digits-row">
          <View className="live-code__digits" ariaLabel={digitsShown ? undefined : '数字码已隐藏'}>
            <Num>{digitsShown ? code.digits : maskCodeDigits(code.digits)}</Num>
          </View>
          <Button className="weui-btn weui-btn_mini weui-btn_default live-code__eye" onClick={() => setDigitsShown((shown) => !shown)}>
            {digitsShown ? '隐藏数字' : '显示数字'}
          </Button>
        </View>
      )}
      <View className="live-code__countdown">
        {expired ? '二维码已失效' : `${secondsLeft} 秒后失效${stopped ? '' : '，到期前自动更新'}`}
        {expired ? null : (
          <Button className="weui-btn weui-btn_mini weui-btn_default live-code__refresh" loading={refreshing} disabled={refreshing} onClick={retry}>
            {stopped && !passwordNeeded ? '重试' : '刷新'}
          </Button>
        )}
      </View>
      {problem && !expired ? (
        <View className="live-code__problem" role="alert">
          {passwordNeeded ? `${problem}。当前二维码到期前仍可使用。` : `二维码更新未成功：${problem}。当前二维码到期前仍可使用。`}
        </View>
      ) : null}
      <View className="live-code__warning" role="note">
        请勿将二维码或数字发送给他人
      </View>
      <View className="hint live-code__capture">{CAPTURE_NOTICES[protection]}</View>
    </View>
  )
}

function ScanResult({ status, kind, refreshing, onAgain }: { status: ScanStatus; kind: ShownCode['kind']; refreshing: boolean; onAgain(): void }) {
  const paid = status.state === 'paid'
  return (
    <View className="weui-msg live-code__result" role="status">
      <View className="weui-msg__text-area">
        <Text className="weui-msg__title">{paid ? '支付成功' : '身份核验成功'}</Text>
        {paid ? (
          <View className="weui-msg__desc">
            <View className="live-code__amount">
              <Num>{formatMoney(status.amountFen ?? 0)}</Num>
            </View>
            <View>收款方：{status.merchant ?? '药店'}</View>
            <View>{paidFromSentence(status.paidFrom)}。</View>
          </View>
        ) : (
          <View className="weui-msg__desc">
            <View>{status.place ?? '服务窗口'}</View>
            <View>已通过您的电子社保卡{KIND_NAMES[kind]}核验身份。</View>
          </View>
        )}
      </View>
      <View className="actions">
        <DoneButton />
        <Button className="weui-btn weui-btn_default" loading={refreshing} disabled={refreshing} onClick={onAgain}>
          再次出示二维码
        </Button>
      </View>
    </View>
  )
}
