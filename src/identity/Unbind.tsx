import type { CardStatus } from '@/identity/api'
import { useSubmit } from '@/gateway/hooks'
import { VerifiedConfirm } from './VerifiedConfirm'

export type BoundChannel = CardStatus['channels'][number]

/** Unbinding one channel: identity check first, then a confirmation, then one request. */
export function Unbind({ card, channel, onDone, onCancel }: { card: CardStatus; channel: BoundChannel; onDone(): void; onCancel(): void }) {
  const unbind = useSubmit('unbind', { invalidates: ['cardStatus'] })
  return (
    <VerifiedConfirm
      title={`解除与${channel.name}的关联`}
      intro="为保护您的账户安全，请先核验身份。"
      purpose="unbind"
      methods={card.password.locked ? ['face', 'sms'] : ['password', 'face', 'sms']}
      confirmation={{
        title: `解除与${channel.name}的关联`,
        content: `解除后，在${channel.name}中将不能使用电子社保卡，需要时可重新申领。其他渠道不受影响。`,
        confirmText: '解除关联',
        cancelText: '暂不解除',
      }}
      action={{
        submit: async (verificationToken) => {
          const result = await unbind.submit({ verificationToken, channel: channel.channel })
          if (result) onDone()
        },
        pending: unbind.pending,
        error: unbind.error,
      }}
      onCancel={onCancel}
    />
  )
}
