/**
 * 城乡居民医保缴费 on H5 against the mock gateway: choose people, make one order, pay it (the mock's payment
 * platform answers through the tester slot, as in a mock build), and see the gateway — not the platform's
 * answer — decide: paid with a receipt, cancelled or refused and resumable, a lost callback found by polling, an
 * expired order, a collection period that closed while choosing; the card's bank account with the password.
 */
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { useCityStore } from '@/city/store'
import type { PlatformPayment } from '@/gateway/schema'
import CardTab from '@/pages/card/index'
import Home from '@/pages/home/index'
import HistoryPage from '@/pay/history/index'
import PayPage from '@/pay/index/index'
import OrderPage from '@/pay/order/index'
import { tester } from '@/ui/tester'
import { TEST_ECARD_PASSWORD } from '@mock/data/personas'
import type { PaymentSimulation } from '@mock/faults'
import { settlePayment } from '@mock/handlers'
import { call } from '@/gateway/client'
import { keypad, press } from '@test/support/flow'
import { logInAs, withMockGateway } from '@test/support/gateway'

const { gateway, server } = withMockGateway({ timeoutMs: 2000 })

let platformPayments: PlatformPayment[] = []
let navigateTo: jest.SpyInstance

beforeEach(() => {
  window.history.replaceState(null, '', '/')
  useCityStore.setState({ cityId: null })
  platformPayments = []
  // The controls outlive the gateway's reset: each test starts from a payment that goes through.
  gateway.setControls({ payment: 'success' })
  tester.payment = (payment) => {
    platformPayments.push(payment)
    return Promise.resolve(gateway.update((state, now) => settlePayment(state, payment, now)))
  }
  navigateTo = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' })
})
afterEach(() => {
  tester.payment = null
  server.events.removeAllListeners()
  jest.restoreAllMocks()
})

const simulate = (payment: PaymentSimulation) => gateway.setControls({ payment })
const person = (name: RegExp) => screen.findByRole('checkbox', { name })
/** Waits until a person's row reads `label`: a page shown again shows its last answer until the new one comes. */
const personReads = (name: RegExp, label: RegExp) => waitFor(() => expect(screen.getByRole('checkbox', { name }).getAttribute('aria-label')).toMatch(label))
const SELF = /^张\*明（本人）/
const FATHER = /^张\*福（父母）/
const MOTHER = /^李\*芬（父母）/

async function openPayables(personaId = 'level2') {
  await logInAs(gateway, personaId)
  render(<PayPage />)
  await screen.findByText('选择缴费人员')
}

/** Chooses the people, presses 去支付 and follows the page to its order (the navigation Taro would do). */
async function orderFor(...names: RegExp[]) {
  for (const name of names) fireEvent.click(await person(name))
  press('去支付')
  await waitFor(() => expect(navigateTo).toHaveBeenCalled())
  const { url } = navigateTo.mock.calls[0][0] as { url: string }
  expect(url).toMatch(/^\/pay\/order\/index\?order=[\w-]+$/)
  cleanup()
  window.history.replaceState(null, '', `/${url.split('?')[1] ? `?${url.split('?')[1]}` : ''}`)
  render(<OrderPage />)
  return url.split('order=')[1]
}

const total = () => screen.getByText(/^合计（\d 人）$/).parentElement?.textContent
/** Presses a button once it is shown (the order page loads the order, and the card's level, first). */
const pressShown = async (label: string) => press((await screen.findByText(label)).textContent ?? label)
const payOnPlatform = pressShown
/** Oneself in one order, paid at the cashier as `simulation` says. */
async function payForSelf(simulation: PaymentSimulation, personaId?: string) {
  simulate(simulation)
  await openPayables(personaId)
  const orderId = await orderFor(SELF)
  await payOnPlatform('前往收银台支付 ¥400.00')
  return orderId
}

const receipt = () => screen.findByRole('region', { name: '缴费凭证' }, { timeout: 6000 })

test('pay for oneself: one order, the cashier, the gateway says paid, the receipt with its verification code; the person is then 已缴', async () => {
  await openPayables()
  expect((await person(SELF)).getAttribute('aria-label')).toBe('张*明（本人），待缴，个人缴费 ¥400.00')
  fireEvent.click(await person(SELF))
  expect(total()).toBe('合计（1 人）¥400.00')
  const orderId = await orderFor()
  await payOnPlatform('前往收银台支付 ¥400.00')
  const shown = await receipt()
  expect(platformPayments).toEqual([{ kind: 'cashier', url: `https://cashier.esscard.example/pay?order=${orderId}` }])
  expect(within(shown).getByText(/^张\*明（本人），5301\*{10}003X，¥400\.00$/)).toBeTruthy()
  expect(within(shown).getByText(orderId)).toBeTruthy()
  expect(within(shown).getByText(/^[A-Z0-9]{12}$/)).toBeTruthy()
  expect(screen.getByText('缴费成功')).toBeTruthy()
  expect(document.body.textContent).not.toContain('53010219720925003X')

  cleanup()
  render(<PayPage />)
  await personReads(SELF, /^张\*明（本人），已缴$/)
  expect((await person(SELF)).getAttribute('aria-disabled')).toBe('true')
})

test('pay for two relatives at once: both parents in one order of ¥800.00, both on the receipt and 已缴 afterwards', async () => {
  await openPayables()
  fireEvent.click(await person(FATHER))
  fireEvent.click(await person(MOTHER))
  expect(total()).toBe('合计（2 人）¥800.00')
  await orderFor()
  const order = await screen.findByRole('region', { name: '订单' })
  expect(within(order).getByText('张*福（父母）')).toBeTruthy()
  expect(within(order).getByText('李*芬（父母）')).toBeTruthy()
  await payOnPlatform('前往收银台支付 ¥800.00')
  const shown = await receipt()
  expect(within(shown).getAllByText('参保人')).toHaveLength(2)
  expect(within(shown).getByText('¥800.00')).toBeTruthy()
  cleanup()
  render(<PayPage />)
  for (const name of [FATHER, MOTHER]) await personReads(name, /，已缴$/)
  await personReads(SELF, /，待缴，/)
})

test('cancel then resume: the platform cancel leaves the order unpaid and resumable from the list; paying it then goes through', async () => {
  const orderId = await payForSelf('cancel')
  expect(await screen.findByText(/您已取消支付，未扣款。/)).toBeTruthy()

  cleanup()
  window.history.replaceState(null, '', '/')
  render(<PayPage />)
  const waiting = await screen.findByRole('region', { name: '待支付订单' })
  expect(within(waiting).getByText('张*明（本人）')).toBeTruthy()
  expect((await person(SELF)).getAttribute('aria-label')).toBe('张*明（本人），待支付')
  navigateTo.mockClear()
  press('继续支付')
  expect(navigateTo).toHaveBeenCalledWith({ url: `/pay/order/index?order=${orderId}` })

  simulate('success')
  cleanup()
  window.history.replaceState(null, '', `/?order=${orderId}`)
  render(<OrderPage />)
  await payOnPlatform('前往收银台支付 ¥400.00')
  await receipt()
  expect(platformPayments).toHaveLength(2)
})

test('a refused payment leaves the order unpaid; cancelled on its page, it frees its people and says nothing was taken', async () => {
  const orderId = await payForSelf('fail')
  expect(await screen.findByText(/支付没有完成，未扣款。/)).toBeTruthy()
  press('取消订单')
  expect(await screen.findByText('订单已取消')).toBeTruthy()
  expect(screen.getByText(/这笔订单没有扣款/)).toBeTruthy()
  expect(gateway.state.payOrders.self[orderId].status).toBe('closed')
  cleanup()
  render(<PayPage />)
  await personReads(SELF, /，待缴，/)
  expect(screen.queryByRole('region', { name: '待支付订单' })).toBeNull()
})

test('callback lost: the platform says it failed, but the gateway was paid; polling finds it and shows the receipt', async () => {
  let polls = 0
  server.events.on('request:start', ({ request }) => {
    if (request.method === 'GET' && /\/pay\/orders\/[\w-]+$/.test(new URL(request.url).pathname)) polls += 1
  })
  await payForSelf('lost')
  expect(await screen.findByText('正在确认支付结果…')).toBeTruthy()
  await receipt()
  expect(polls).toBe(4) // the page's load (unpaid), then paying, paying, paid
  expect(screen.queryByText(/支付没有完成/)).toBeNull()
}, 15_000)

test('the order expired before it was paid: the gateway closes it and the page says so', async () => {
  await payForSelf('expired')
  expect(await screen.findByText('订单已超时关闭')).toBeTruthy()
  jest.spyOn(Taro, 'getCurrentPages').mockReturnValue([])
  const redirectTo = jest.spyOn(Taro, 'redirectTo').mockResolvedValue({ errMsg: 'redirectTo:ok' })
  press('返回缴费页')
  expect(redirectTo).toHaveBeenCalledWith({ url: '/pay/index/index' })
})

test('window closed mid-flow: the order is refused with a clear message and the list shows the period is over', async () => {
  await openPayables()
  fireEvent.click(await person(SELF))
  simulate('window-closed')
  press('去支付')
  expect(await screen.findByText('现在不在缴费期内，暂不能缴费')).toBeTruthy()
  expect(await screen.findByText('本年度缴费期已结束，暂不能缴费。')).toBeTruthy()
  expect((await person(SELF)).getAttribute('aria-disabled')).toBe('true')
  expect(navigateTo).not.toHaveBeenCalled()
})

test('outside the window: the page says when the period opens and nobody can be chosen', async () => {
  await openPayables('pay-closed')
  expect(await screen.findByText(/^缴费期尚未开始，\d{4}年\d{1,2}月\d{1,2}日起可以缴费。$/)).toBeTruthy()
  fireEvent.click(await person(/^马\*兰（本人）/))
  expect(total()).toBe('合计（0 人）¥0.00')
  expect(screen.getByText('去支付').closest('taro-button-core')?.hasAttribute('disabled')).toBe(true)
})

test('double tap: 去支付 pressed twice makes one order; the pay button pressed twice opens the payment once', async () => {
  await openPayables()
  let creates = 0
  server.events.on('request:start', ({ request }) => {
    if (request.method === 'POST' && new URL(request.url).pathname.endsWith('/pay/orders')) creates += 1
  })
  fireEvent.click(await person(SELF))
  press('去支付')
  press('去支付')
  await orderFor()
  expect(creates).toBe(1)
  const pay = await screen.findByText('前往收银台支付 ¥400.00')
  await act(async () => {
    press(pay.textContent ?? '')
    press(pay.textContent ?? '')
  })
  await receipt()
  expect(platformPayments).toHaveLength(1)
})

test('the gateway refuses a second payment for the same person and year', async () => {
  await payForSelf('success')
  await receipt()
  const { call } = await import('@/gateway/client')
  const { year } = await call('payables', {})
  await expect(call('payOrderCreate', { year, personIds: ['p-self'] })).rejects.toMatchObject({ code: 'PAY_ALREADY_PAID' })
})

test('level 2: paying from the card’s bank account with the e-card password', async () => {
  await openPayables()
  await orderFor(SELF)
  await pressShown('用社保卡银行账户支付')
  await keypad('111111')
  expect(await screen.findByText(/电子社保卡密码不正确/)).toBeTruthy()
  await keypad(TEST_ECARD_PASSWORD)
  const shown = await receipt()
  expect(within(shown).getByText('社保卡银行账户')).toBeTruthy()
  expect(platformPayments).toEqual([])
})

test('亲情服务: paying the mother’s insurance for her — her household, her order, paid from the resident’s own card account with the resident’s password; the receipt names her insured and the resident as payer', async () => {
  await logInAs(gateway, 'family')
  const { relatives } = await call('familyList', {})
  const motherId = relatives.find((relative) => relative.nameMasked === '杨*兰')?.relativeId ?? ''
  window.history.replaceState(null, '', `/?for=${motherId}`)
  render(<PayPage />)
  await screen.findByText('缴费：母亲 杨*兰')
  // Her own row, called as the family calls her; nobody else's.
  expect((await person(/^杨\*兰（母亲）/)).getAttribute('aria-label')).toBe('杨*兰（母亲），待缴，个人缴费 ¥400.00')
  expect(screen.getAllByRole('checkbox')).toHaveLength(1)
  fireEvent.click(await person(/^杨\*兰（母亲）/))
  press('去支付')
  await waitFor(() => expect(navigateTo).toHaveBeenCalled())
  const { url } = navigateTo.mock.calls[0][0] as { url: string }
  const orderId = /order=([\w-]+)/.exec(url)?.[1] ?? ''
  expect(url).toBe(`/pay/order/index?order=${orderId}&for=${motherId}`)

  cleanup()
  window.history.replaceState(null, '', `/?order=${orderId}&for=${motherId}`)
  render(<OrderPage />)
  await screen.findByText('缴费：母亲 杨*兰')
  await pressShown('用社保卡银行账户支付')
  expect(screen.getByText('为母亲 杨*兰缴费，将从您本人的社保卡银行账户扣款，请输入您本人的电子社保卡密码确认。')).toBeTruthy()
  expect(screen.getByText('请输入您本人的电子社保卡密码')).toBeTruthy()
  await keypad('111111')
  expect(await screen.findByText(/电子社保卡密码不正确/)).toBeTruthy()
  // The resident's own password is the one checked (their attempts count down).
  expect(gateway.state.card.passwordFailures).toBe(1)
  await keypad(TEST_ECARD_PASSWORD)
  const shown = await receipt()
  expect(within(shown).getByText('缴费人').nextSibling?.textContent).toBe('张*芳')
  expect(within(shown).getByText('参保人').nextSibling?.textContent).toBe('杨*兰（母亲），5301**********0028，¥400.00')
  expect(screen.getByText('缴费：母亲 杨*兰')).toBeTruthy()
  // Her order is kept as hers: the resident's own list is untouched.
  expect(gateway.state.payOrders[motherId][orderId].paidWith).toBe('bank-account')
  expect(Object.keys(gateway.state.payOrders.self ?? {})).toEqual([])

  cleanup()
  window.history.replaceState(null, '', '/')
  render(<PayPage />)
  expect((await person(/^张\*芳（本人）/)).getAttribute('aria-label')).toMatch(/，待缴，/)
  cleanup()
  window.history.replaceState(null, '', `/?for=${motherId}`)
  render(<PayPage />)
  await personReads(/^杨\*兰（母亲）/, /^杨\*兰（母亲），已缴$/)
  // Someone not on the resident's list: refused by the gateway.
  await expect(call('payables', { onBehalfOf: 'rel-zz' })).rejects.toMatchObject({ code: 'RELATIVE_NOT_ON_LIST' })
})

test('a level-1 holder on H5 in a city without a web cashier is told to pay in WeChat or Alipay, with the city’s channels', async () => {
  await openPayables('level1')
  await orderFor(/^李\*英（本人）/)
  expect(await screen.findByText('网页版暂不能在线缴费，请在微信或支付宝中缴费：')).toBeTruthy()
  expect(await screen.findByText('· 微信「泰安人社」小程序')).toBeTruthy()
  expect(screen.queryByText('用社保卡银行账户支付')).toBeNull()
})

test('employer pays: the person is 已由单位缴纳, a relative 不在参保范围, and nobody can be chosen', async () => {
  await openPayables('pay-employer')
  expect((await person(/^刘\*华（本人）/)).getAttribute('aria-label')).toBe('刘*华（本人），已由单位缴纳')
  expect((await person(/^赵\*芬（父母）/)).getAttribute('aria-label')).toBe('赵*芬（父母），不在参保范围')
  expect(screen.getAllByRole('checkbox').every((box) => box.getAttribute('aria-disabled') === 'true')).toBe(true)
})

test('already paid: the history lists each person’s years, and a year opens its receipt', async () => {
  await logInAs(gateway, 'pay-done')
  render(<HistoryPage />)
  const self = await screen.findByRole('region', { name: '杨*强（本人）' })
  const years = within(self).getAllByRole('link')
  expect(years).toHaveLength(3)
  expect(years[0].getAttribute('aria-label')).toMatch(/^\d{4}年度 ¥400\.00，\d{4}年\d{1,2}月\d{1,2}日缴 · 凭证$/)
  fireEvent.click(years[0])
  const { url } = navigateTo.mock.calls[0][0] as { url: string }
  cleanup()
  window.history.replaceState(null, '', `/?${url.split('?')[1]}`)
  render(<OrderPage />)
  expect(within(await receipt()).getByText('微信支付')).toBeTruthy()
})

test('Hefei has not opened the service: the page says 本市暂未开通 and asks nothing', async () => {
  useCityStore.setState({ cityId: 'hefei' })
  await logInAs(gateway, 'level2')
  render(<PayPage />)
  expect(await screen.findByText('“城乡居民医保缴费”本市暂未开通')).toBeTruthy()
  expect(screen.queryByText('选择缴费人员')).toBeNull()
})

test('the home grid and the card tab lead to it; in Hefei both mark it 本市暂未开通', async () => {
  await logInAs(gateway, 'level2')
  useCityStore.setState({ cityId: 'kunming' })
  render(<Home />)
  const tile = await screen.findByRole('button', { name: /^城乡居民医保缴费/ })
  expect(tile.getAttribute('aria-label')).toBe('城乡居民医保缴费')
  cleanup()
  render(<CardTab />)
  fireEvent.click(await screen.findByRole('link', { name: '城乡居民医保缴费' }))
  expect(navigateTo).toHaveBeenCalledWith({ url: '/pay/index/index?city=kunming' })

  cleanup()
  // The home page put ?city=kunming into the address bar, which decides over the saved city.
  window.history.replaceState(null, '', '/')
  useCityStore.setState({ cityId: 'hefei' })
  render(<CardTab />)
  expect((await screen.findByRole('link', { name: /^城乡居民医保缴费/ })).getAttribute('aria-label')).toBe('城乡居民医保缴费，本市暂未开通')
  cleanup()
  render(<Home />)
  expect((await screen.findByRole('button', { name: /^城乡居民医保缴费/ })).getAttribute('aria-label')).toBe('城乡居民医保缴费，本市暂未开通')
})
