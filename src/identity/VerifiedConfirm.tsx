import { View } from '@tarojs/components'
import { Button } from '@/ui/Button'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import type { GatewayError } from '@/gateway/errors'
import { VerifyIdentity, type VerifyMethod } from './VerifyIdentity'
import { Alert } from '@/ui/Alert'

export interface Confirmation {
  title: string
  content: string
  confirmText: string
  cancelText: string
}

/**
 * A step that must not happen by accident (unbind a channel, report the card lost): an identity check,
 * then a confirmation that says what will happen, then one request. A transient failure offers 重试
 * with the same verification; any other failure asks for a fresh check.
 */
export function VerifiedConfirm({
  title,
  intro,
  purpose,
  methods,
  confirmation,
  action,
  onCancel,
}: {
  title: string
  intro: string
  purpose: 'unbind' | 'loss'
  methods: readonly VerifyMethod[]
  confirmation: Confirmation
  /** The request itself: called once per confirmed verification (and per retry). */
  action: { submit(verificationToken: string): Promise<void>; pending: boolean; error: GatewayError | null }
  onCancel(): void
}) {
  /** The verification in use: a check is used once, so each one (and giving it up) starts a fresh check. */
  const [token, setToken] = useState<string | null>(null)

  async function confirmed(verificationToken: string) {
    const { confirm } = await Taro.showModal(confirmation)
    if (!confirm) return onCancel()
    setToken(verificationToken)
    await action.submit(verificationToken)
  }

  const retry = token && action.error?.retryable ? token : null
  return (
    <View className="block verified-confirm" role="region" ariaLabel={title}>
      <View className="verified-confirm__title">{title}</View>
      <View className="verified-confirm__text">{intro}</View>
      <VerifyIdentity key={token ?? 'unverified'} purpose={purpose} methods={methods} phoneShown="社保卡登记的手机号" onVerified={confirmed} />
      <Alert message={action.error?.message} />
      {token && action.error && !retry ? (
        <Button className="weui-btn weui-btn_default" onClick={() => setToken(null)}>
          重新核验身份
        </Button>
      ) : null}
      {retry ? (
        <Button className="weui-btn weui-btn_primary" loading={action.pending} disabled={action.pending} onClick={() => void action.submit(retry)}>
          重试
        </Button>
      ) : null}
      <Button className="weui-btn weui-btn_default" onClick={onCancel}>
        取消
      </Button>
    </View>
  )
}
