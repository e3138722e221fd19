/** One source decides what a city offers: the catalogue's flags drive the card tab and each service's own page. */
import { render, screen, within } from '@testing-library/react'
import CardTab from '@/pages/card/index'
import PinPage from '@/claim/pin/index'
import ScanPage from '@/code/scan/index'
import { useCityStore } from '@/city/store'
import { logInAs, withMockGateway } from '@test/support/gateway'

const { gateway } = withMockGateway()

beforeEach(() => window.history.replaceState(null, '', '/'))

const entry = (name: string) => screen.findByRole('link', { name: new RegExp(`^${name}`) })

test.each([
  ['kunming', '社保卡密码激活'],
  ['hefei', '扫一扫'],
  ['taian', '社保卡密码激活'],
])('%s: the card tab marks %s as not open, as the home grid does', async (cityId, service) => {
  useCityStore.setState({ cityId })
  await logInAs(gateway, 'level1')
  render(<CardTab />)
  expect((await entry(service)).getAttribute('aria-label')).toBe(`${service}，本市暂未开通`)
  expect((await entry('出示二维码')).getAttribute('aria-label')).toBe('出示二维码')
})

test('the card tab shows the card state on its entries', async () => {
  useCityStore.setState({ cityId: 'hefei' })
  await logInAs(gateway, 'level2')
  render(<CardTab />)
  await screen.findByText('已开通')
  expect((await entry('申领电子社保卡')).getAttribute('aria-label')).toBe('申领电子社保卡，已申领')
  expect((await entry('开通缴费结算')).getAttribute('aria-label')).toBe('开通缴费结算，已开通')
})

test('before any city is chosen the card tab leads to the city picker', async () => {
  useCityStore.setState({ cityId: null })
  render(<CardTab />)
  expect(await screen.findByText('请先选择城市')).toBeTruthy()
})

test('Kunming: the PIN activation page opened directly says it is not open and shows no keypad', async () => {
  useCityStore.setState({ cityId: 'kunming' })
  await logInAs(gateway, 'initial-pin')
  render(<PinPage />)
  const refusal = await screen.findByRole('alert')
  // The title names the service once; the body says what to do instead, not the title again.
  expect(within(refusal).getByText('“社保卡密码激活”本市暂未开通')).toBeTruthy()
  expect(within(refusal).getByText('可拨打 12333 咨询，或到服务网点办理。')).toBeTruthy()
  expect(within(refusal).getAllByText(/暂未开通/)).toHaveLength(1)
  expect(screen.queryByText('请输入社保卡当前密码')).toBeNull()
})

test('Hefei opens PIN activation; a ?city= link decides over the saved city', async () => {
  useCityStore.setState({ cityId: 'kunming' })
  window.history.replaceState(null, '', '/?city=hefei')
  await logInAs(gateway, 'initial-pin')
  render(<PinPage />)
  expect(await screen.findByText('请输入社保卡当前密码')).toBeTruthy()
})

test('Hefei: 扫一扫 opened directly says it is not open', async () => {
  useCityStore.setState({ cityId: 'hefei' })
  await logInAs(gateway, 'level2')
  render(<ScanPage />)
  expect(await screen.findByText(/“扫一扫”本市暂未开通/)).toBeTruthy()
  expect(screen.queryByText('扫描终端二维码')).toBeNull()
})

test('with no city chosen, the card tab follows the city of the resident’s card', async () => {
  useCityStore.setState({ cityId: null })
  await logInAs(gateway, 'level1')
  render(<CardTab />)
  expect((await entry('社保卡密码激活')).getAttribute('aria-label')).toMatch(/^社保卡密码激活/)
  expect(screen.queryByText('请先选择城市')).toBeNull()
})
