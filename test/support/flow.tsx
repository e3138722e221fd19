/** Shared steps of the claim flow tests: log in as a persona, type into fields, press the keypad. */
import userEvent from '@testing-library/user-event'
import { act, fireEvent, screen, waitFor } from '@testing-library/react'
import { call } from '@/gateway/client'
import { useClaim } from '@/claim/store'
import { TEST_SMS_CODE, findPersona } from '@mock/data/personas'
import { logInAs as logInWith, withMockGateway } from './gateway'

export let mock: ReturnType<typeof withMockGateway>

/** Registers the msw server and a clean gateway, session and claim store around each test. */
export function setupClaimTestGateway() {
  mock = withMockGateway({ personaId: 'new', timeoutMs: 1000 })
  beforeEach(() => {
    useClaim.getState().reset()
    useClaim.getState().setBank({ cardNumber: '', phone: '' })
    window.localStorage.clear()
  })
  afterEach(() => {
    mock.server.resetHandlers()
    mock.server.events.removeAllListeners()
    jest.restoreAllMocks()
  })
}

export const logInAs = (personaId: string) => logInWith(mock.gateway, personaId)

/** Counts the requests that reach the gateway for one endpoint path, e.g. '/card/issue'. */
export function countRequests(path: string) {
  const seen = { count: 0 }
  mock.server.events.on('request:start', ({ request }) => {
    if (new URL(request.url).pathname.endsWith(path)) seen.count += 1
  })
  return seen
}

/** The <input> inside the Taro Input labelled `label`. */
export function inputOf(label: string): HTMLInputElement {
  const host = screen.getAllByLabelText(label).find((el) => el.querySelector('input') || el.tagName === 'INPUT')
  if (!host) throw new Error(`no input labelled ${label}`)
  return (host.tagName === 'INPUT' ? host : host.querySelector('input')) as HTMLInputElement
}

/** Taro's Input renders its <input> a moment after the page: wait for it, then type key by key. */
export async function type(label: string, value: string) {
  const input = await waitFor(() => inputOf(label))
  await userEvent.clear(input)
  await userEvent.type(input, value)
}

/** A paste, as a browser does it: the text goes in at once, less what the input's maxlength refuses. */
export async function paste(label: string, text: string) {
  const input = await waitFor(() => inputOf(label))
  await userEvent.clear(input)
  await userEvent.click(input)
  await userEvent.paste(text)
}

/** The search box's <input> (Taro renders it a moment after the page); `scope` is the shown page when two are mounted. */
export function searchBox(scope: Pick<typeof screen, 'getByLabelText'> = screen): Promise<HTMLInputElement> {
  return waitFor(() => {
    const input = scope.getByLabelText('搜索服务').querySelector('input')
    if (!input) throw new Error('the search box has no <input> yet')
    return input
  })
}

/** Words in the search box, as the page's onInput sees them. */
export async function search(text: string, scope: Pick<typeof screen, 'getByLabelText'> = screen) {
  fireEvent.input(await searchBox(scope), { target: { value: text } })
}

export async function valueOf(label: string) {
  return (await waitFor(() => inputOf(label))).value
}

export function press(name: string) {
  fireEvent.click(screen.getByText(name, { selector: 'taro-button-core, taro-button-core *' }).closest('taro-button-core') ?? screen.getByText(name))
}

/** Six digits on the in-app keypad; waits until the keypad takes input. */
export async function keypad(digits: string) {
  for (const digit of digits) {
    const key = await waitFor(() => {
      const found = screen
        .getAllByLabelText(digit)
        .find((el) => el.tagName.toLowerCase() === 'taro-button-core' && !['', 'true'].includes(el.getAttribute('disabled') ?? 'false'))
      if (!found) throw new Error(`key ${digit} not ready`)
      return found
    })
    await act(async () => {
      fireEvent.click(key)
    })
  }
}

export const alert = (text: string | RegExp) => screen.findByText(text)

/** Level 1 through the gateway directly (for the pages that start from an issued e-card). */
export async function issueLevel1(personaId: string, password = '147258') {
  const persona = findPersona(personaId)!
  await logInAs(personaId)
  await call('claimPrecheck', { name: persona.name, idNumber: persona.idNumber, phone: persona.phone })
  await call('smsSend', { purpose: 'claim', phone: persona.phone })
  const { verificationToken } = await call('smsVerify', { purpose: 'claim', code: TEST_SMS_CODE })
  await call('issue', { verificationToken, password })
  return persona
}
