/**
 * A code on screen: the QR and its masked digits, a countdown, refresh 10 s before expiry and on
 * demand, the scan result by polling while visible. An expired code is never shown: past its expiry, or
 * when a refresh fails, the code is covered by "已失效，点击刷新".
 */
import { Text, View } from '@tarojs/components'
import { Button } from '@/ui/Button'
import Taro from '@tarojs/taro'
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react'
import { call } from '@/gateway/client'
import type { ResponseOf } from '@/gateway/contract'
import { GatewayError } from '@/gateway/errors'
import { formatMoney } from '@/lib/format'
import { maskCodeDigits } from '@/lib/mask'
import { canProtectCapture } from '@/platform'
import { useCodeDisplayMode } from '../useCodeDisplayMode'
import { QrCode } from './QrCode'
import './LiveCode.css'
import '@/ui/weui/msg'

export type IssuedCode = ResponseOf<'codeIssue'>
type ScanStatus = ResponseOf<'codeStatus'>

/** Refresh this long before the code expires. */
export const REFRESH_LEAD_MS = 10_000
/** Scan status poll interval while the code is visible. */
export const POLL_MS = 2_000

/** Errors after which only the password gives a new code. */
const NEEDS_PASSWORD = new Set(['CODE_EXPIRED', 'NOT_FOUND', 'UNAUTHORIZED'])

const KIND_NAMES = { identity: '身份码', payment: '支付码' } as const

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
  initial: IssuedCode
  visible: boolean
  /** Each refreshed code. */
  onCode?(code: IssuedCode): void
  onNeedPassword(): void
}) {
  const [code, setCode] = useState(initial)
  const [failure, setFailure] = useState<GatewayError | null>(null)
  const [refreshing, setRefreshing] = useState(false)
  const [result, setResult] = useState<ScanStatus | null>(null)
  const [digitsShown, setDigitsShown] = useState(false)
  const codeIdRef = useRef(code.codeId)
  const inFlight = useRef(false)
  const onCodeRef = useRef(onCode)
  useEffect(() => {
    onCodeRef.current = onCode
  })

  const now = useNow(visible && !result)
  const secondsLeft = Math.max(0, Math.ceil((code.expiresAt - now) / 1000))
  const covered = failure !== null || secondsLeft === 0

  const refresh = useCallback(async () => {
    if (inFlight.current) return
    inFlight.current = true
    setRefreshing(true)
    try {
      const next = await call('codeRefresh', { codeId: codeIdRef.current })
      codeIdRef.current = next.codeId
      setCode(next)
      setFailure(null)
      setResult(null)
      setDigitsShown(false)
      onCodeRef.current?.(next)
    } catch (caught) {
      setFailure(caught instanceof GatewayError ? caught : new GatewayError('SERVER_ERROR'))
    } finally {
      inFlight.current = false
      setRefreshing(false)
    }
  }, [])

  useCodeDisplayMode(visible && !result)

  // Refresh before expiry; a page shown again after expiry refreshes at once.
  useEffect(() => {
    if (!visible || result || failure) return
    const timer = setTimeout(() => void refresh(), Math.max(0, code.expiresAt - REFRESH_LEAD_MS - Date.now()))
    return () => clearTimeout(timer)
  }, [code, visible, result, failure, refresh])

  // Poll the scan status while the code can be scanned.
  useEffect(() => {
    if (!visible || result || covered) return
    let live = true
    let timer: ReturnType<typeof setTimeout> | undefined
    const schedule = () => {
      timer = setTimeout(async () => {
        try {
          const status = await call('codeStatus', { codeId: code.codeId })
          if (!live) return
          if (status.state === 'identity-verified' || status.state === 'paid') {
            setResult(status)
            return
          }
          if (status.state === 'expired') {
            void refresh()
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
  }, [code.codeId, visible, result, covered, refresh])

  if (result) return <ScanResult status={result} kind={code.kind} refreshing={refreshing} onAgain={() => void refresh()} />

  const onCover = () => (failure && NEEDS_PASSWORD.has(failure.code) ? onNeedPassword() : void refresh())

  return (
    <View className="live-code">
      <View className="live-code__kind">电子社保卡{KIND_NAMES[code.kind]}</View>
      <View className="live-code__symbol">
        {covered ? (
          <View className="live-code__cover">
            <Button className="weui-btn weui-btn_default live-code__cover-button" loading={refreshing} disabled={refreshing} onClick={onCover}>
              已失效，点击刷新
            </Button>
            {failure ? (
              <View className="field-error" role="alert">
                {NEEDS_PASSWORD.has(failure.code) ? '请重新输入电子社保卡密码' : failure.message}
              </View>
            ) : null}
          </View>
        ) : (
          <QrCode payload={code.payload} />
        )}
      </View>
      {covered ? null : (
        <View className="live-code__digits-row">
          <View className="live-code__digits" ariaLabel={digitsShown ? undefined : '数字码已隐藏'}>
            {digitsShown ? code.digits : maskCodeDigits(code.digits)}
          </View>
          <Button className="weui-btn weui-btn_mini weui-btn_default live-code__eye" onClick={() => setDigitsShown((shown) => !shown)}>
            {digitsShown ? '隐藏数字' : '显示数字'}
          </Button>
        </View>
      )}
      <View className="live-code__countdown">
        {covered ? '二维码已失效' : `${secondsLeft} 秒后失效，到期前自动更新`}
        {covered ? null : (
          <Button className="weui-btn weui-btn_mini weui-btn_default live-code__refresh" loading={refreshing} disabled={refreshing} onClick={() => void refresh()}>
            刷新
          </Button>
        )}
      </View>
      <View className="live-code__warning" role="note">
        请勿将二维码或数字发送给他人
      </View>
      <View className="hint live-code__capture">{canProtectCapture ? '本页已开启防截屏保护。' : '请勿截屏或录屏。'}</View>
    </View>
  )
}

function ScanResult({ status, kind, refreshing, onAgain }: { status: ScanStatus; kind: IssuedCode['kind']; refreshing: boolean; onAgain(): void }) {
  const paid = status.state === 'paid'
  return (
    <View className="weui-msg live-code__result" role="status">
      <View className="weui-msg__text-area">
        <Text className="weui-msg__title">{paid ? '支付成功' : '身份核验成功'}</Text>
        {paid ? (
          <View className="weui-msg__desc">
            <View className="live-code__amount">{formatMoney(status.amountFen ?? 0)}</View>
            <View>收款方：{status.merchant ?? '药店'}</View>
            <View>已从您的社保卡账户支付</View>
          </View>
        ) : (
          <View className="weui-msg__desc">
            <View>{status.place ?? '服务窗口'}</View>
            <View>已通过您的电子社保卡{KIND_NAMES[kind]}核验身份</View>
          </View>
        )}
      </View>
      <View className="actions">
        <Button className="weui-btn weui-btn_primary" onClick={() => void Taro.navigateBack().catch(() => undefined)}>
          完成
        </Button>
        <Button className="weui-btn weui-btn_default" loading={refreshing} disabled={refreshing} onClick={onAgain}>
          再次出示二维码
        </Button>
      </View>
    </View>
  )
}
