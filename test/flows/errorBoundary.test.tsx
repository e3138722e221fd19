/** No blank screen: a page that throws while rendering shows a friendly view with 重试 and 12333; an oversized code payload never reaches the QR encoder. */
import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { useState } from 'react'
import ShowCodePage from '@/code/show/index'
import { Screen } from '@/ui/Screen'
import { TEST_ECARD_PASSWORD } from '@mock/data/personas'
import { logInAs, withMockGateway } from '../support/gateway'
import { button, enterPassword, installCanvas } from '@/code/test/harness'

jest.mock('@/platform', () => ({ ...jest.requireActual<object>('@/platform'), enterCodeDisplayMode: jest.fn(async () => () => undefined) }))

const { gateway, server } = withMockGateway({ timeoutMs: 2000 })
afterEach(() => server.resetHandlers())

let failing = true
function Fragile() {
  const [n] = useState(0)
  if (failing) throw new Error(`render failed ${n}`)
  return <>已恢复</>
}

test('a page that throws shows 页面出错了 with 重试 and 12333, and 重试 renders it again', () => {
  jest.spyOn(console, 'error').mockImplementation(() => undefined)
  failing = true
  render(
    <Screen>
      <Fragile />
    </Screen>,
  )
  expect(screen.getByText('页面出错了')).toBeTruthy()
  expect(button('拨打 12333 咨询')).toBeTruthy()
  failing = false
  fireEvent.click(button('重试'))
  expect(screen.getByText('已恢复')).toBeTruthy()
})

test('a code payload too long for a QR is refused as the contract says, with a message, not a blank page', async () => {
  installCanvas()
  await logInAs(gateway, 'level2')
  server.use(
    http.post(/\/code$/, async ({ request }) => {
      const answer = await gateway.handle({ method: 'POST', url: request.url, headers: Object.fromEntries(request.headers), body: await request.text() })
      if (answer.kind !== 'response') return HttpResponse.error()
      const envelope = JSON.parse(answer.body) as { data: { payload: string } }
      envelope.data.payload = 'X'.repeat(5_000)
      return HttpResponse.json(envelope)
    }),
  )
  render(<ShowCodePage />)
  await screen.findByText('请输入电子社保卡密码')
  enterPassword(TEST_ECARD_PASSWORD)
  await screen.findByText('服务返回的数据不完整，请稍后重试')
  await waitFor(() => expect(screen.getByText('请输入电子社保卡密码')).toBeTruthy())
})
