/** Shared set-up of the records flow tests: the mock gateway over msw/node and an H5 SMS login. */
import { render } from '@testing-library/react'
import { Current } from '@tarojs/runtime'
import type { ReactElement } from 'react'
import { call, configureGateway } from '@/gateway/client'
import { useSession } from '@/stores/session'
import { TEST_SMS_CODE, findPersona } from '@mock/data/personas'
import type { FaultId } from '@mock/faults'
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

const PAGE_PATH = 'records-test-page'

/**
 * Logs in on H5 as the persona (SMS login), then renders the page into a container that Taro's H5
 * runtime takes for the current page (its selector queries look there, as in the app).
 */
export async function renderAs(
  personaId: string,
  gateway: ReturnType<typeof setupMockGateway>['gateway'],
  page: ReactElement,
  /** A fault switched on for every endpoint once logged in. */
  fault?: FaultId,
) {
  gateway.setControls({ personaId })
  const phone = findPersona(personaId)?.phone ?? '13800000000'
  await call('smsSend', { purpose: 'login', phone })
  useSession.getState().setSession(await call('login', { channel: 'h5', phone, smsCode: TEST_SMS_CODE }))
  if (fault) gateway.setControls({ fault, faultEndpoint: 'all' })
  const container = document.createElement('div')
  container.id = PAGE_PATH
  document.body.appendChild(container)
  Current.page = { path: PAGE_PATH } as typeof Current.page
  return render(page, { container })
}

/** A persona the mock defines (throws on a typo). */
export function persona(id: string) {
  const found = findPersona(id)
  if (!found) throw new Error(`no persona ${id}`)
  return found
}
