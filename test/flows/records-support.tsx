/** Shared set-up of the records flow tests: the mock gateway over msw/node and an H5 SMS login. */
import { render } from '@testing-library/react'
import type { ReactElement } from 'react'
import { call, configureGateway } from '@/gateway/client'
import { useSession } from '@/stores/session'
import { TEST_SMS_CODE, findPersona } from '@mock/data/personas'
import { setupMockGateway } from '@mock/node'

export function setupRecordsGateway() {
  const mock = setupMockGateway()
  beforeAll(() => mock.server.listen({ onUnhandledRequest: 'error' }))
  afterAll(() => mock.server.close())
  beforeEach(() => {
    configureGateway({ timeoutMs: 300 })
    mock.gateway.setControls({ personaId: 'veteran', fault: 'none', faultEndpoint: 'all', latencyMs: 0 })
    mock.gateway.reset()
    useSession.getState().clear()
  })
  return mock
}

/** Logs in on H5 as the persona (SMS login), then renders the page. */
export async function renderAs(personaId: string, gateway: ReturnType<typeof setupMockGateway>['gateway'], page: ReactElement) {
  gateway.setControls({ personaId })
  const phone = findPersona(personaId)?.phone ?? '13800000000'
  await call('smsSend', { purpose: 'login', phone })
  useSession.getState().setSession(await call('login', { channel: 'h5', phone, smsCode: TEST_SMS_CODE }))
  return render(page)
}
