import { View } from '@tarojs/components'
import { Button } from '@/ui/Button'
import type { CardStatus } from '@/gateway/contract'
import { CANCELLED_GUIDANCE, LOSS_GUIDANCE } from '@/lib/cardGuidance'
import { makePhoneCall, platformName } from '@/platform'
import { NavCell } from '@/ui/NavCell'
import { Result } from '@/ui/Result'

/** Why there is no code to show, and what to do next. */
export type Unavailable = 'none' | 'lost' | 'cancelled' | 'unbound' | 'password-locked'

export function unavailableReason(card: CardStatus): Unavailable | null {
  if (card.status === 'none' || card.status === 'lost' || card.status === 'cancelled') return card.status
  if (!card.channels.some((bound) => bound.channel === platformName)) return 'unbound'
  return card.password.locked ? 'password-locked' : null
}

const TEXT: Record<Unavailable, { title: string; detail: string }> = {
  none: { title: '您还没有领取电子社保卡', detail: '领取电子社保卡后，即可在药店、医院和服务窗口出示二维码。' },
  lost: { title: '社保卡已挂失，无法出示二维码', detail: LOSS_GUIDANCE.lift },
  cancelled: { title: '社保卡已注销，无法出示二维码', detail: CANCELLED_GUIDANCE },
  unbound: { title: '本渠道未关联电子社保卡', detail: '如需在这里出示二维码，请重新申领电子社保卡。' },
  'password-locked': { title: '电子社保卡密码已锁定', detail: '密码连续输错次数过多。请通过人脸识别或短信验证码重置密码，重置后自动解除锁定。' },
}

export function CardUnavailable({ reason }: { reason: Unavailable }) {
  const { title, detail } = TEXT[reason]
  return (
    <View>
      <Result kind="warn" title={title}>
        <View className="weui-msg__desc">{detail}</View>
      </Result>
      <View className="weui-cells">
        {reason === 'none' || reason === 'unbound' ? <NavCell title="申领电子社保卡" url="/claim/wizard/index" /> : null}
        {reason === 'lost' || reason === 'cancelled' ? <NavCell title="查找社保经办网点" url="/outlets/list/index" /> : null}
        {reason === 'password-locked' ? <NavCell title="重置电子社保卡密码" url="/manage/password/index" /> : null}
      </View>
      {reason === 'none' ? null : (
        <View className="actions">
          <Button className="weui-btn weui-btn_default" ariaLabel="拨打 12333 人社服务热线" onClick={() => makePhoneCall('12333')}>
            拨打 12333 咨询
          </Button>
        </View>
      )}
    </View>
  )
}
