import type { ComponentType } from 'react'

/** A terminal code the mock gateway knows, offered on the 扫一扫 page for testers to paste. */
export interface TesterTicket {
  ticket: string
  purpose: string
}

/**
 * What a build with the mock gateway plugs into the app: mock/entry.ts fills it before the first page renders
 * (config/mockEntry.ts adds that file to the app's entry in mock builds only). The app never imports the mock,
 * so in production both stay empty.
 */
export const tester: { Panel: ComponentType | null; tickets: readonly TesterTicket[] } = { Panel: null, tickets: [] }
