import type { PropsWithChildren } from 'react'
import { View } from '@tarojs/components'
import { makePhoneCall } from '@/platform'
import { focusable } from '@/ui/focusable'

/** A phone number to call: a `tel:` link on H5, the platform's phone call in mini-programs. */
export function PhoneLink({ phone, label, className, children }: PropsWithChildren<{ phone: string; label: string; className?: string }>) {
  if (process.env.TARO_ENV === 'h5') {
    return (
      <a className={className} href={`tel:${phone}`} aria-label={label}>
        {children}
      </a>
    )
  }
  return (
    <View className={className} role="link" {...focusable} ariaLabel={label} hoverClass="weui-cell_active" onClick={() => makePhoneCall(phone)}>
      {children}
    </View>
  )
}
