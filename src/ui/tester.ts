import type { ComponentType } from 'react'
import type { PlatformPayment } from '@/gateway/schema'
import type { PaymentOutcome } from '@/platform/payment'

/** A terminal code the mock gateway knows, offered on the 扫一扫 page for testers to paste. */
export interface TesterTicket {
  ticket: string
  purpose: string
}

/**
 * What a build with the mock gateway plugs into the app: mock/entry.ts fills it before the first page renders
 * (config/mockEntry.ts adds that file to the app's entry in mock builds only). The app never imports the mock,
 * so in production all stay empty. `payment` answers for the platform's payment (src/platform/payment.ts) with
 * the outcome the tester chose, after settling the mock's order accordingly.
 */
export const tester: {
  Panel: ComponentType | null
  tickets: readonly TesterTicket[]
  payment: ((payment: PlatformPayment) => Promise<PaymentOutcome>) | null
} = { Panel: null, tickets: [], payment: null }
