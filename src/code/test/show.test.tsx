/** 亮码 with fake timers: password gate, countdown, refresh before expiry, refresh failure, polling, display mode. */
import { http, HttpResponse } from 'msw'
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import * as platform from '@/platform'
import ShowCodePage from '@/code/show/index'
import { call } from '@/gateway/client'
import { TEST_ECARD_PASSWORD } from '@mock/data/personas'
import { logInAs, withMockGateway } from '@test/support/gateway'
import { button, decodeShownQr, enterPassword, queryButton, hidePage, installCanvas, showPage } from './harness'

jest.mock('@/platform', () => ({ ...jest.requireActual<object>('@/platform'), enterCodeDisplayMode: jest.fn() }))

/** How far the phone's clock runs ahead of the gateway's (0 but in the skew tests). */
let phoneAheadMs = 0
const { gateway, server } = withMockGateway({ timeoutMs: 5000, now: () => Date.now() - phoneAheadMs })
const enterDisplayMode = platform.enterCodeDisplayMode as jest.MockedFunction<typeof platform.enterCodeDisplayMode>
const restoreDisplay = jest.fn()

/** Every request path the app sent, e.g. `/code/code-3/status`. */
let sent: string[] = []
/** The payload of each code the gateway issued, in order. */
let payloads: string[] = []

beforeAll(() => {
  server.events.on('request:start', ({ request }) => void sent.push(new URL(request.url).pathname.replace(/^\/api/, '')))
  server.events.on('response:mocked', async ({ response, request }) => {
    if (!/\/code(\/[^/]+\/refresh)?$/.test(new URL(request.url).pathname)) return
    const body = (await response.clone().json()) as { data?: { payload?: string } }
    if (body.data?.payload) payloads.push(body.data.payload)
  })
})

beforeEach(async () => {
  jest.useFakeTimers({ doNotFake: ['queueMicrotask', 'nextTick', 'setImmediate'] })
  installCanvas()
  restoreDisplay.mockClear()
  enterDisplayMode.mockReset().mockResolvedValue(restoreDisplay)
  await logInAs(gateway, 'level2')
  sent = []
  payloads = []
  phoneAheadMs = 0
})

afterEach(async () => {
  server.resetHandlers()
  jest.useRealTimers()
  jest.restoreAllMocks()
})

const advance = (ms: number) => act(() => jest.advanceTimersByTimeAsync(ms))
/** Advances a second at a time, letting each answer of the in-process gateway arrive on its way. */
async function advanceBySeconds(ms: number) {
  for (let left = ms; left > 0; left -= 1_000) await advance(Math.min(1_000, left))
}
const qrShown = () => screen.queryByLabelText('电子社保卡二维码，请出示给扫码设备')
const countdown = () => screen.getByText(/秒后失效/).textContent
const statusPolls = () => sent.filter((path) => /\/code\/[^/]+\/status$/.test(path)).length
const refreshes = () => sent.filter((path) => /\/refresh$/.test(path)).length

async function openCode() {
  const view = render(<ShowCodePage />)
  await screen.findByText('请输入电子社保卡密码')
  enterPassword(TEST_ECARD_PASSWORD)
  await waitFor(() => expect(qrShown()).not.toBeNull())
  return view
}

test('the payment code of a level-2 holder: the drawn QR decodes to the gateway payload, digits masked until asked', async () => {
  await openCode()
  expect(screen.getByText('电子社保卡支付码')).toBeTruthy()
  expect(decodeShownQr()).toBe(payloads[0])
  expect(screen.getByText('请勿将二维码或数字发送给他人')).toBeTruthy()
  expect(screen.getByLabelText('数字码已隐藏').textContent).toMatch(/^\d{4}\*{10}\d{4}$/)
  fireEvent.click(button('显示数字'))
  expect(screen.getByText(/^\d{18}$/)).toBeTruthy()
  fireEvent.click(button('隐藏数字'))
  expect(screen.queryByText(/^\d{18}$/)).toBeNull()
})

test('the countdown ticks and the code is refreshed 10 s before it expires', async () => {
  await openCode()
  expect(countdown()).toMatch(/^60 秒后失效/)
  await advance(5_000)
  expect(countdown()).toMatch(/^55 秒后失效/)
  expect(refreshes()).toBe(0)

  await advance(45_000) // 50 s: 10 s before expiry
  await waitFor(() => expect(refreshes()).toBe(1))
  await waitFor(() => expect(countdown()).toMatch(/^60 秒后失效/))
  expect(payloads).toHaveLength(2)
  expect(decodeShownQr()).toBe(payloads[1])
  expect(payloads[1]).not.toBe(payloads[0])
})

test('refresh on demand gives a new code', async () => {
  await openCode()
  await advance(3_000)
  fireEvent.click(button('刷新'))
  await waitFor(() => expect(payloads).toHaveLength(2))
  await waitFor(() => expect(decodeShownQr()).toBe(payloads[1]))
})

test('a code past its expiry is never shown, even when nothing refreshed it', async () => {
  await openCode()
  await hidePage()
  await advance(70_000) // hidden: no timers run for the code
  expect(refreshes()).toBe(0)
  gateway.setControls({ fault: 'offline', faultEndpoint: 'codeRefresh' })
  await showPage()
  expect(qrShown()).toBeNull()
  await waitFor(() => button('已失效，点击刷新'))
})

test('the scan status is polled every 2 s while visible, and not while hidden or after leaving', async () => {
  const view = await openCode()
  await advance(4_100)
  expect(statusPolls()).toBe(2)

  await hidePage()
  const atHide = statusPolls()
  await advance(10_000)
  expect(statusPolls()).toBe(atHide)

  await showPage()
  await advance(2_100)
  expect(statusPolls()).toBe(atHide + 1)

  view.unmount()
  const atLeave = statusPolls()
  await advance(10_000)
  expect(statusPolls()).toBe(atLeave)
})

test('brightness and screen-on are entered while shown and restored on hide and on leave', async () => {
  const view = await openCode()
  await waitFor(() => expect(enterDisplayMode).toHaveBeenCalledTimes(1))
  expect(restoreDisplay).not.toHaveBeenCalled()

  await hidePage()
  expect(restoreDisplay).toHaveBeenCalledTimes(1)
  await showPage()
  await waitFor(() => expect(enterDisplayMode).toHaveBeenCalledTimes(2))

  view.unmount()
  expect(restoreDisplay).toHaveBeenCalledTimes(2)
})

test('a pharmacy scan shows the merchant and the amount, and leaves display mode', async () => {
  gateway.setControls({ autoScan: 'pharmacy' })
  await openCode()
  await advance(4_100) // the mock reports the scan on the second poll
  await screen.findByText('支付成功')
  expect(screen.getByText('¥58.20')).toBeTruthy()
  expect(screen.getByText('收款方：一心堂（人民中路店）')).toBeTruthy()
  expect(screen.getByText('已从您的医保个人账户支付。')).toBeTruthy()
  expect(qrShown()).toBeNull()
  await waitFor(() => expect(restoreDisplay).toHaveBeenCalledTimes(1))
  const polls = statusPolls()
  await advance(10_000)
  expect(statusPolls()).toBe(polls)
})

test('完成 on the payment result leaves the page (home when opened directly), never back to the password keypad', async () => {
  const reLaunch = jest.spyOn(Taro, 'reLaunch').mockResolvedValue({ errMsg: 'reLaunch:ok' })
  const back = jest.spyOn(Taro, 'navigateBack')
  // Opened directly (an H5 link): the page is alone on the stack.
  const pages = jest.spyOn(Taro, 'getCurrentPages').mockReturnValue([{} as Taro.Page])
  gateway.setControls({ autoScan: 'pharmacy' })
  await openCode()
  await advance(4_100)
  await screen.findByText('支付成功')
  fireEvent.click(button('完成'))
  expect(reLaunch).toHaveBeenCalledWith({ url: '/pages/home/index' })
  expect(back).not.toHaveBeenCalled()
  for (const spy of [reLaunch, back, pages]) spy.mockRestore()
})

test('a counter scan of a level-1 identity code shows where the identity was verified', async () => {
  gateway.setControls({ personaId: 'level1', autoScan: 'counter' })
  await logInAs(gateway, gateway.state.controls.personaId)
  await openCode()
  expect(screen.getByText('电子社保卡身份码')).toBeTruthy()
  expect(queryButton('支付码')).toBeNull()
  await advance(4_100)
  await screen.findByText('身份核验成功')
  expect(screen.getByText('市民中心 社保综合窗口 5 号')).toBeTruthy()
})

test('a level-2 holder can switch to the identity code', async () => {
  render(<ShowCodePage />)
  await screen.findByText('请输入电子社保卡密码')
  fireEvent.click(button('身份码'))
  enterPassword(TEST_ECARD_PASSWORD)
  await screen.findByText('电子社保卡身份码')
  expect(payloads[0]).toMatch(/\.identity\./)
})

test('a city without 药店扫码支付 (Hefei): no 支付码 is offered or issued, the identity code is, and a link asking for one says why', async () => {
  await logInAs(gateway, 'veteran')
  jest.spyOn(Taro, 'getCurrentInstance').mockReturnValue({ router: { params: { kind: 'payment' } } } as unknown as ReturnType<typeof Taro.getCurrentInstance>)
  render(<ShowCodePage />)
  await screen.findByText('请输入电子社保卡密码')
  expect(queryButton('支付码')).toBeNull()
  expect(screen.getByText('“药店扫码支付”本市暂未开通。可拨打 12333 咨询，或到服务网点办理。')).toBeTruthy()
  enterPassword(TEST_ECARD_PASSWORD)
  await screen.findByText('电子社保卡身份码')
  expect(payloads[0]).toMatch(/\.identity\./)
  await expect(call('codeIssue', { kind: 'payment', password: TEST_ECARD_PASSWORD })).rejects.toMatchObject({ code: 'SERVICE_DISABLED' })
})

test('a wrong password says how many attempts are left and shows no code', async () => {
  render(<ShowCodePage />)
  await screen.findByText('请输入电子社保卡密码')
  enterPassword('000000')
  await screen.findByText('电子社保卡密码不正确，还可以输入 4 次')
  expect(qrShown()).toBeNull()
})

test('the password locks while asking for the code: the way out is 重置电子社保卡密码', async () => {
  const navigateTo = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' })
  gateway.state.card.passwordFailures = 4
  render(<ShowCodePage />)
  await screen.findByText('请输入电子社保卡密码')
  enterPassword('000000')
  fireEvent.click(await screen.findByText('重置电子社保卡密码'))
  expect(navigateTo).toHaveBeenCalledWith({ url: '/manage/reset/index' })
})

test.each([
  ['lost', '社保卡已挂失，无法出示二维码', '查找社保经办网点'],
  ['cancelled', '社保卡已注销，无法出示二维码', '查找社保经办网点'],
  ['new', '您还没有领取电子社保卡', '申领电子社保卡'],
])('persona %s gets no code: the reason and the next step', async (personaId, title, next) => {
  gateway.setControls({ personaId })
  await logInAs(gateway, gateway.state.controls.personaId)
  render(<ShowCodePage />)
  await screen.findByText(title)
  expect(button(next)).toBeTruthy()
  expect(screen.queryByText('请输入电子社保卡密码')).toBeNull()
  if (personaId !== 'new') expect(button('拨打 12333 咨询')).toBeTruthy()
})

test('a locked password: no code, and the way out is 重置电子社保卡密码 (not 修改密码, which needs the password)', async () => {
  const navigateTo = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' })
  gateway.state.card.passwordLocked = true
  render(<ShowCodePage />)
  await screen.findByText('电子社保卡密码已锁定')
  expect(screen.queryByText('请输入电子社保卡密码')).toBeNull()
  fireEvent.click(button('重置电子社保卡密码'))
  expect(navigateTo).toHaveBeenCalledWith({ url: '/manage/reset/index' })
})

test('a phone clock 50 s ahead of the gateway: the code is timed from its lifetime, shown, and refreshed once per lifetime', async () => {
  phoneAheadMs = 50_000
  await openCode()
  await advance(3_000)
  expect(refreshes()).toBe(0)
  expect(qrShown()).not.toBeNull()
  expect(countdown()).toMatch(/^57 秒后失效/)
  await advance(47_000) // 10 s before the end of its 60 s lifetime
  await waitFor(() => expect(refreshes()).toBe(1))
  await advance(10_000)
  expect(refreshes()).toBe(1)
  expect(decodeShownQr()).toBe(payloads[1])
})

test('an offline refresh keeps the still-valid code on screen; past its lifetime it is covered', async () => {
  await openCode()
  gateway.setControls({ fault: 'offline', faultEndpoint: 'codeRefresh' })
  await advance(50_000) // the automatic refresh fails
  await waitFor(() => expect(refreshes()).toBe(1))
  expect(decodeShownQr()).toBe(payloads[0])
  expect(screen.queryByText(/已失效/)).toBeNull()
  expect(countdown()).toMatch(/^10 秒后失效/)
  fireEvent.click(button('刷新')) // the resident taps 刷新 while offline
  await advance(1_000)
  expect(decodeShownQr()).toBe(payloads[0])
  expect(screen.queryByText(/已失效/)).toBeNull()
  await advance(9_000)
  expect(qrShown()).toBeNull()
  expect(screen.getByText('二维码已失效')).toBeTruthy()
})

test('refreshes that keep failing stop after three tries with the reason and 重试', async () => {
  await openCode()
  gateway.setControls({ fault: 'server-error', faultEndpoint: 'codeRefresh' })
  await advance(49_000)
  await advanceBySeconds(60_000)
  expect(refreshes()).toBe(3)
  await advanceBySeconds(60_000)
  expect(refreshes()).toBe(3)
  expect(screen.getByRole('alert').textContent).toContain('服务暂时不可用，请稍后再试')
  gateway.setControls({ fault: 'none' })
  fireEvent.click(button('重试'))
  await waitFor(() => expect(qrShown()).not.toBeNull())
  expect(decodeShownQr()).toBe(payloads[1])
})

test('a gateway whose codes live 1.5 s is asked at most once a second', async () => {
  await openCode()
  server.use(
    http.post(/\/code\/[^/]+\/refresh$/, async ({ request }) => {
      const passthrough = await gateway.handle({ method: 'POST', url: request.url, headers: Object.fromEntries(request.headers), body: await request.text() })
      if (passthrough.kind !== 'response') return HttpResponse.error()
      const envelope = JSON.parse(passthrough.body) as { data: { lifetimeMs: number; expiresAt: number } }
      envelope.data.lifetimeMs = 1_500
      return HttpResponse.json(envelope)
    }),
  )
  await advance(49_000)
  await advanceBySeconds(10_000)
  expect(refreshes()).toBeGreaterThan(3)
  expect(refreshes()).toBeLessThanOrEqual(11)
})

test('a codeIssue that times out shows progress, then the reason with the keypad cleared', async () => {
  gateway.setControls({ fault: 'timeout', faultEndpoint: 'codeIssue' })
  render(<ShowCodePage />)
  await screen.findByText('请输入电子社保卡密码')
  enterPassword(TEST_ECARD_PASSWORD)
  await screen.findByText('正在核验密码…')
  expect(document.querySelector('.keypad .weui-loading')).not.toBeNull()
  await advance(5_000)
  await screen.findByText(/网络超时|超时/)
  expect(screen.queryByText('正在核验密码…')).toBeNull()
  expect(screen.getByLabelText(/已输入 0 位/)).toBeTruthy()
})

test('switching 支付码 to 身份码 and back within one showing asks for the password once', async () => {
  await openCode()
  fireEvent.click(button('身份码'))
  await screen.findByText('电子社保卡身份码')
  await waitFor(() => expect(qrShown()).not.toBeNull())
  expect(decodeShownQr()).toMatch(/\.identity\./)
  expect(screen.queryByText('请输入电子社保卡密码')).toBeNull()
  fireEvent.click(button('支付码'))
  await screen.findByText('电子社保卡支付码')
  await waitFor(() => expect(decodeShownQr()).toMatch(/\.payment\./))
  expect(sent.filter((path) => path === '/code')).toHaveLength(1)
})

test('a covered (expired) code releases brightness and keep-screen-on; a new code takes them again', async () => {
  await openCode()
  await waitFor(() => expect(enterDisplayMode).toHaveBeenCalledTimes(1))
  gateway.setControls({ fault: 'offline', faultEndpoint: 'codeRefresh' })
  await advance(49_000)
  await advanceBySeconds(11_000)
  expect(qrShown()).toBeNull()
  expect(restoreDisplay).toHaveBeenCalledTimes(1)
  gateway.setControls({ fault: 'none' })
  fireEvent.click(button('重试'))
  await waitFor(() => expect(qrShown()).not.toBeNull())
  await waitFor(() => expect(enterDisplayMode).toHaveBeenCalledTimes(2))
})
