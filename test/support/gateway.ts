/**
 * The mock gateway for a jest file: msw/node listening for the whole file, and before each test a
 * fresh state for the persona, no fault, the client's timeout, no session and nothing cached.
 */
import { findByText } from '@testing-library/react'
import { call, configureGateway } from '@/gateway/client'
import { forgetCachedRequests } from '@/gateway/hooks'
import { useSession } from '@/stores/session'
import { TEST_SMS_CODE, findPersona } from '@mock/data/personas'
import type { MockGateway } from '@mock/gateway'
import { setupMockGateway } from '@mock/node'

export function withMockGateway({
  personaId = 'level2',
  timeoutMs = 300,
  now,
}: {
  personaId?: string
  timeoutMs?: number
  /** The gateway's clock (default the test's Date.now): a skewed one shows a phone clock that differs. */
  now?: () => number
} = {}) {
  const mock = setupMockGateway({ now })
  beforeAll(() => mock.server.listen({ onUnhandledRequest: 'error' }))
  afterAll(() => mock.server.close())
  beforeEach(() => {
    configureGateway({ timeoutMs })
    mock.gateway.setControls({ personaId, fault: 'none', faultEndpoint: 'all', latencyMs: 0, autoScan: null })
    mock.gateway.reset()
    useSession.getState().clear()
    forgetCachedRequests()
  })
  return mock
}

/** Logs in on H5 by SMS as the persona (its own phone and the test code). */
export async function logInAs(gateway: MockGateway, personaId: string): Promise<void> {
  gateway.setControls({ personaId })
  const phone = findPersona(personaId)?.phone ?? '13708712345'
  await call('smsLogin', { phone })
  useSession.getState().setSession(await call('login', { channel: 'h5', phone, smsCode: TEST_SMS_CODE }))
}

export { FAULT_CASES } from './faults'

/**
 * The 重试 button of an error view, once it can be pressed: after a 429 it waits out the Retry-After
 * (the mock's rate-limited fault asks for 3 s), counting down on the button.
 */
export const retryButton = (within: HTMLElement = document.body) => findByText(within, '重试', {}, { timeout: 4_000 })

/** A fault test that may wait out a 429's Retry-After. */
export const FAULT_TEST_TIMEOUT_MS = 12_000
