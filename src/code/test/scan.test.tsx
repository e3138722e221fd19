/** 主扫: paste a terminal code (H5 has no scanner), see who asks for what, confirm, pay with the password, or decline. */
import { http, HttpResponse } from 'msw'
import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import ScanPage from '@/code/scan/index'
import { TEST_ECARD_PASSWORD } from '@mock/data/personas'
import { logInAs, withMockGateway } from '@test/support/gateway'
import { button, enterPassword } from './harness'

const { gateway, server } = withMockGateway({ timeoutMs: 2000 })

afterEach(() => server.resetHandlers())

/** The gateway does the work, but its answer is lost on the way back (once). */
function loseTheFirstAnswer(path: RegExp) {
  let lost = false
  server.use(
    http.post(path, async ({ request }) => {
      const response = await gateway.handle({ method: 'POST', url: request.url, headers: Object.fromEntries(request.headers), body: await request.text() })
      if (!lost) {
        lost = true
        return HttpResponse.error()
      }
      if (response.kind !== 'response') return HttpResponse.error()
      return new HttpResponse(response.body, { status: response.status, headers: response.headers })
    }),
  )
}

/** The paste-in field is for mock builds (MOCK_GATEWAY is a build-time constant; jest's is false). */
const mockBuild = (on: boolean) => void ((globalThis as { MOCK_GATEWAY?: boolean }).MOCK_GATEWAY = on)

beforeEach(async () => {
  mockBuild(true)
  await logInAs(gateway, 'level2')
})
afterAll(() => mockBuild(false))

async function readTicket(ticket: string) {
  render(<ScanPage />)
  const input = await waitFor(() => {
    const found = document.querySelector<HTMLInputElement>('#ticket-text input, input#ticket-text')
    if (!found) throw new Error('the paste-in field is not rendered yet')
    return found
  })
  fireEvent.input(input, { target: { value: ticket } })
  fireEvent.click(button('读取'))
}

test('a hospital kiosk login: the confirm screen names the kiosk and the purpose; confirming logs in', async () => {
  await readTicket('ESSC-TERM:KIOSK-LOGIN')
  await screen.findByText('确认登录', { selector: '.page-title' })
  expect(screen.getByText('市第一人民医院 自助服务机 3 号')).toBeTruthy()
  expect(screen.getByText('登录自助机，查询检验报告')).toBeTruthy()
  fireEvent.click(button('确认登录'))
  await screen.findByText('登录成功')
})

test('an order payment shows the amount and needs the e-card password', async () => {
  await readTicket('ESSC-TERM:ORDER-PAY')
  await screen.findByText('¥36.50')
  expect(screen.getByText('一心堂（人民中路店）')).toBeTruthy()
  fireEvent.click(button('确认支付'))
  await screen.findByText('请输入电子社保卡密码')
  enterPassword('000000')
  await screen.findByText('电子社保卡密码不正确，还可以输入 4 次')
  enterPassword(TEST_ECARD_PASSWORD)
  await screen.findByText('支付成功')
  // The receipt names the account that paid (医保个人账户 first; its balance covers ¥36.50).
  expect(screen.getByRole('status').querySelector('.weui-msg__desc')?.textContent).toBe('已向「一心堂（人民中路店）」支付 ¥36.50。已从您的医保个人账户支付。')
})

test('完成 after a payment leaves the page (home when opened directly), never back to the scan start', async () => {
  const reLaunch = jest.spyOn(Taro, 'reLaunch').mockResolvedValue({ errMsg: 'reLaunch:ok' })
  const back = jest.spyOn(Taro, 'navigateBack')
  // Opened directly (an H5 link): the page is alone on the stack.
  const pages = jest.spyOn(Taro, 'getCurrentPages').mockReturnValue([{} as Taro.Page])
  await readTicket('ESSC-TERM:ORDER-PAY')
  await screen.findByText('¥36.50')
  fireEvent.click(button('确认支付'))
  enterPassword(TEST_ECARD_PASSWORD)
  await screen.findByText('支付成功')
  fireEvent.click(button('完成'))
  expect(reLaunch).toHaveBeenCalledWith({ url: '/pages/home/index' })
  expect(back).not.toHaveBeenCalled()
  for (const spy of [reLaunch, back, pages]) spy.mockRestore()
})

test('declining sends the refusal and says so', async () => {
  await readTicket('ESSC-TERM:ORDER-PAY')
  await screen.findByText('¥36.50')
  fireEvent.click(button('拒绝'))
  await screen.findByText('已拒绝')
  expect(gateway.state.decidedTickets['ESSC-TERM:ORDER-PAY']).toBe('declined')
})

test('an unknown code gets a clear message and the paste-in field stays', async () => {
  await readTicket('https://example.com/not-a-terminal')
  await screen.findByText('无法识别这个二维码，请扫描社保服务终端上的二维码')
  await waitFor(() => expect(screen.getByLabelText('终端码')).toBeTruthy())
})

test('a payment that went through but whose answer was lost: the retry shows 支付成功, not an expired order', async () => {
  loseTheFirstAnswer(/\/tickets\/decision$/)
  await readTicket('ESSC-TERM:ORDER-PAY')
  await screen.findByText('¥36.50')
  fireEvent.click(button('确认支付'))
  await screen.findByText('请输入电子社保卡密码')
  enterPassword(TEST_ECARD_PASSWORD)
  await screen.findByText('网络未连接，请检查网络后重试')
  expect(gateway.state.decidedTickets['ESSC-TERM:ORDER-PAY']).toBe('confirmed')
  enterPassword(TEST_ECARD_PASSWORD)
  await screen.findByText('支付成功')
})

test('a production H5 build has no paste-in field: it sends the resident to the WeChat or Alipay app', async () => {
  mockBuild(false)
  render(<ScanPage />)
  await screen.findByText('网页版无法使用摄像头扫码。请在微信或支付宝中打开本应用，使用「扫一扫」。')
  expect(document.querySelector('#ticket-text input, input#ticket-text')).toBeNull()
  expect(screen.queryByText('读取')).toBeNull()
})
