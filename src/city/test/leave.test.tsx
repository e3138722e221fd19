/**
 * 即将离开本应用, on Taro's real H5 router: a website service (home grid or search) opens the leaving step,
 * never the site itself; the step names the service and the site, 继续前往 leaves through the platform
 * adapter with the catalogue's address, 返回 goes back; a route naming anything else opens nothing.
 */
import { bootTaroApp, shownPage } from '@test/support/render' // first: switches Taro's runtime to the jsdom window
import { act, fireEvent, waitFor, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import * as platform from '@/platform'
import { useCityStore } from '@/city/store'
import { withMockGateway } from '@test/support/gateway'
import { search } from '@test/support/flow'

jest.mock('@/platform', () => ({ ...jest.requireActual<typeof import('@/platform')>('@/platform'), leaveForWebsite: jest.fn() }))
const leaveForWebsite = jest.mocked(platform.leaveForWebsite)

withMockGateway()

const page = () => within(shownPage())
const HOME = '/pages/home/index'
const LEAVE = '/city/leave/index'

async function onPage(path: string) {
  await waitFor(() => expect(window.location.pathname).toBe(path))
}
/** A Taro button of the shown page by its text (<taro-button-core> has no button role in jsdom). */
const taroButton = (name: string) => page().queryByText(name, { selector: 'taro-button-core' })
const press = (name: string) => fireEvent.click(taroButton(name) ?? fail(`no ${name} button`))
/** The shown page's result block once it reads `title` (pages slide in: two are shown for a moment). */
async function stepText(title: string): Promise<string> {
  let text = ''
  await waitFor(
    () => {
      text = page().getByRole('alert').textContent ?? ''
      expect(text).toContain(title)
    },
    { timeout: 8000 },
  )
  return text
}
const tile = (name: string) => waitFor(() => page().getByRole('button', { name }), { timeout: 8000 })

jest.setTimeout(30_000)

beforeAll(async () => {
  useCityStore.setState({ cityId: 'kunming' })
  await bootTaroApp(`${HOME}?city=kunming`)
})
beforeEach(() => leaveForWebsite.mockReset().mockResolvedValue('opened'))

test('a website tile opens the step, not the site: the service, the site and its host; 继续前往 leaves through the adapter', async () => {
  fireEvent.click(await tile('异地就医备案'))
  await onPage(LEAVE)
  expect(Object.fromEntries(new URLSearchParams(window.location.search))).toEqual({ city: 'kunming', service: 'remote-medical' })
  const text = await stepText('即将离开本应用')
  expect(text).toContain('“异地就医备案”')
  expect(text).toContain('国家医保服务平台')
  expect(text).toContain('fuwu.nhsa.gov.cn')
  expect(text).toContain('您将离开本应用')
  expect(leaveForWebsite).not.toHaveBeenCalled()

  press('继续前往')
  expect(leaveForWebsite).toHaveBeenCalledTimes(1)
  expect(leaveForWebsite).toHaveBeenCalledWith('https://fuwu.nhsa.gov.cn/')
})

test('返回 goes back to the services, nothing opened', async () => {
  await onPage(LEAVE)
  press('返回')
  await onPage(HOME)
  expect(await tile('异地就医备案')).toBeTruthy()
  expect(leaveForWebsite).not.toHaveBeenCalled()
})

test('a search result opens the same step', async () => {
  await tile('异地就医备案')
  await search('外地看病', page())
  await waitFor(() => page().getByText('搜索结果（1）'))
  fireEvent.click(await tile('异地就医备案'))
  await onPage(LEAVE)
  expect(await stepText('即将离开本应用')).toContain('国家医保服务平台')
  press('返回')
  await onPage(HOME)
})

test.each([
  ['a service the city does not list', 'service=transfer'],
  ['an unknown service', 'service=nothing'],
  ['a service that is an app page', 'service=medical'],
  ['an address in the route (ignored)', 'service=nothing&url=https%3A%2F%2Fevil.example%2F'],
])('%s: 无法打开这项服务 with 返回 and the hotline, nothing opened', async (_name, query) => {
  await act(() => Taro.navigateTo({ url: `${LEAVE}?city=kunming&${query}` }))
  await onPage(LEAVE)
  await stepText('无法打开这项服务')
  expect(taroButton('继续前往')).toBeNull()
  expect(taroButton('拨打 12333 咨询')).not.toBeNull()
  press('返回')
  await onPage(HOME)
  expect(leaveForWebsite).not.toHaveBeenCalled()
})
