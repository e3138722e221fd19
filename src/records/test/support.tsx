/** Shared set-up of the records flow tests: the mock gateway over msw/node, an H5 SMS login, Taro's navigation spied. */
import { render } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { Current } from '@tarojs/runtime'
import type { ReactElement } from 'react'
import { findPersona } from '@mock/data/personas'
import type { FaultId } from '@mock/faults'
import type { MockGateway } from '@mock/gateway'
import { logInAs, withMockGateway } from '@test/support/gateway'

/** Taro's navigation and its pull-down indicator, spied afresh for each test. */
export const taroSpies = {} as { navigateTo: jest.SpyInstance; stopPullDownRefresh: jest.SpyInstance }

export function setupRecordsGateway() {
  beforeEach(() => {
    taroSpies.navigateTo = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' })
    taroSpies.stopPullDownRefresh = jest.spyOn(Taro, 'stopPullDownRefresh').mockImplementation(() => undefined)
  })
  afterEach(() => jest.restoreAllMocks())
  return withMockGateway({ personaId: 'veteran' })
}

const PAGE_PATH = 'records-test-page'

/**
 * Logs in on H5 as the persona (SMS login), then renders the page into a container that Taro's H5
 * runtime takes for the current page (its selector queries look there, as in the app).
 */
export async function renderAs(
  personaId: string,
  gateway: MockGateway,
  page: ReactElement,
  /** A fault switched on for every endpoint once logged in. */
  fault?: FaultId,
) {
  await logInAs(gateway, personaId)
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
