import type { PropsWithChildren } from 'react'

/** A phone number to call: on H5 a `tel:` link (PhoneLink.tsx is the mini-programs' phone call). */
export function PhoneLink({ phone, label, className, children }: PropsWithChildren<{ phone: string; label: string; className?: string }>) {
  return (
    <a className={className} href={`tel:${phone}`} aria-label={label}>
      {children}
    </a>
  )
}
