/**
 * The card status is one cached request for every screen that shows it: home's card entry, the
 * 电子社保卡 tab and the code page ask the gateway once within its freshness window, not once each.
 */
import { bootTaroApp, shownPage } from '@test/support/render' // first: switches Taro's runtime to the jsdom window
import { act, fireEvent, waitFor, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { useCityStore } from '@/city/store'
import { logInAs, withMockGateway } from '@test/support/gateway'

const { gateway, server } = withMockGateway()

test('home → 电子社保卡 tab → code page: one card status request', async () => {
  let cardRequests = 0
  server.events.on('request:start', ({ request }) => void (new URL(request.url).pathname.endsWith('/card') && (cardRequests += 1)))
  useCityStore.setState({ cityId: 'taian' })
  await logInAs(gateway, 'level2')
  await bootTaroApp('/')
  expect(await within(shownPage()).findByText('已开通缴费结算')).toBeTruthy()

  await act(() => Taro.switchTab({ url: '/pages/card/index' }))
  await waitFor(() => expect(window.location.pathname).toBe('/pages/card/index'))
  // The bank entry's note comes from the card status.
  expect(await within(shownPage()).findByText('已开通')).toBeTruthy()

  fireEvent.click(await within(shownPage()).findByText('出示二维码'))
  await waitFor(() => expect(window.location.pathname).toBe('/code/show/index'))
  await waitFor(() => expect(within(shownPage()).getByText('请输入电子社保卡密码')).toBeTruthy(), { timeout: 4_000 })
  expect(cardRequests).toBe(1)
})
