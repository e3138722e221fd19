import type { PropsWithChildren } from 'react'
import { View } from '@tarojs/components'
import { makePhoneCall } from '@/platform'

/** A phone number to call: the platform's phone call in mini-programs (PhoneLink.h5.tsx is H5's `tel:` link). */
export function PhoneLink({ phone, label, className, children }: PropsWithChildren<{ phone: string; label: string; className?: string }>) {
  return (
    <View className={className} role="link" ariaLabel={label} hoverClass="weui-cell_active" onClick={() => makePhoneCall(phone)}>
      {children}
    </View>
  )
}
