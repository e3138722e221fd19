/** A 429 names how long to wait (Retry-After, and details.retryAfterSeconds in the envelope): 重试 and the SMS button wait that long, with the countdown shown. */
import { act, fireEvent, render, screen } from '@testing-library/react'
import { GatewayError } from '@/gateway/errors'
import { SmsCodeField } from '@/identity/SmsCodeField'
import { ErrorView } from '@/identity/RequestView'
import { logInAs, withMockGateway } from '@test/support/gateway'
import { button } from '@/code/test/harness'

const { gateway } = withMockGateway()

afterEach(() => jest.useRealTimers())

test('重试 after a 429 is disabled for the seconds the gateway asked, counting down', async () => {
  jest.useFakeTimers()
  const retry = jest.fn()
  render(<ErrorView error={new GatewayError('RATE_LIMITED', { details: { retryAfterSeconds: 3 } })} onRetry={retry} />)
  expect(button('3 秒后可重试').getAttribute('disabled')).not.toBe('false')
  fireEvent.click(button('3 秒后可重试'))
  expect(retry).not.toHaveBeenCalled()
  await act(async () => void jest.advanceTimersByTime(1_000))
  expect(button('2 秒后可重试')).toBeTruthy()
  await act(async () => void jest.advanceTimersByTime(2_000))
  fireEvent.click(button('重试'))
  expect(retry).toHaveBeenCalledTimes(1)
})

test('the SMS button after a 429 waits the seconds the gateway asked', async () => {
  await logInAs(gateway, 'level1')
  gateway.setControls({ fault: 'rate-limited', faultEndpoint: 'smsSend' })
  render(<SmsCodeField purpose="loss" value="" onValue={() => undefined} />)
  fireEvent.click(button('获取验证码'))
  await screen.findByText('3 秒后可重新获取')
  expect(screen.getByRole('alert').textContent).toBe('操作太频繁，请稍后再试')
})
