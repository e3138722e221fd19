import { View } from '@tarojs/components'
import { useState } from 'react'
import { request, useSubmit } from '@/gateway/hooks'
import { formatMoney } from '@/lib/format'
import { payWithPlatform, type PaymentOutcome } from '@/platform/payment'
import { Alert } from '@/ui/Alert'
import { Button } from '@/ui/Button'

const CHECKS = 5
const CHECK_EVERY_MS = 1500
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Asks the gateway, a few times, whether the order is paid: the platform's answer alone is never trusted. */
async function confirmedPaid(orderId: string): Promise<boolean> {
  for (let i = 0; i < CHECKS; i++) {
    const order = await request('cardFeeOrderStatus', { orderId }).catch(() => null)
    if (order?.status === 'paid') return true
    if (order?.status === 'closed') return false
    await wait(CHECK_EVERY_MS)
  }
  return false
}

const OUTCOME_TEXT: Partial<Record<PaymentOutcome, string>> = {
  cancel: '您取消了支付。申请已保存，可以随时回来支付。',
  fail: '支付没有完成，请重试。',
  unavailable: '网页版不能支付工本费。请在微信或支付宝中打开电子社保卡小程序，在“实体社保卡”里支付。',
}

/** 补换卡工本费: order, the platform's payment, then the gateway's word on the order. */
export function FeeStep({ applicationId, feeFen, onPaid }: { applicationId: string; feeFen: number; onPaid(): void }) {
  const order = useSubmit('cardFeeOrder', { invalidates: ['cardApplications', 'cardProgress'] })
  const [message, setMessage] = useState<string | null>(null)
  const [checking, setChecking] = useState(false)
  const pay = async () => {
    setMessage(null)
    const placed = await order.submit({ applicationId })
    if (!placed) return
    if (placed.status === 'paid') return onPaid()
    const outcome = await payWithPlatform(placed.payment)
    if (outcome === 'cashier') return
    setChecking(true)
    const paid = await confirmedPaid(placed.orderId)
    setChecking(false)
    if (paid) return onPaid()
    setMessage(OUTCOME_TEXT[outcome] ?? '暂未查到支付结果。如已付款，请稍后在申请进度中查看，不要重复支付。')
  }
  return (
    <View>
      <View className="block card-text" role="note">
        <View className="card-text__strong">补换卡工本费 {formatMoney(feeFen)}</View>
        <View className="card-p">按物价、财政部门规定收取。支付后开始制卡；未支付的申请不会制卡。</View>
      </View>
      <Alert message={order.error?.message ?? message} />
      <View className="actions">
        <Button className="weui-btn weui-btn_primary" loading={order.pending || checking} disabled={order.pending || checking} onClick={pay}>
          {checking ? '正在确认支付结果' : `支付 ${formatMoney(feeFen)}`}
        </Button>
      </View>
    </View>
  )
}
