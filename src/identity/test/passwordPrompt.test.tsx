/** usePasswordPrompt against the mock gateway: the digits it owns, the refusal with the attempts left, the lock, success. */
import { act, renderHook } from '@testing-library/react'
import { ERROR_MESSAGES } from '@/gateway/errors'
import { usePasswordPrompt } from '@/identity/usePasswordPrompt'
import { TEST_ECARD_PASSWORD } from '@mock/data/personas'
import { logInAs, withMockGateway } from '@test/support/gateway'

const { gateway } = withMockGateway({ timeoutMs: 2000 })

beforeEach(() => logInAs(gateway, 'level2'))

/** The prompt for passwordVerify with `digits` typed, as the keypad does, then sent. */
async function typedAndSent(digits: string) {
  const prompt = renderHook(() => usePasswordPrompt('passwordVerify'))
  act(() => prompt.result.current.digits.onChange(digits))
  expect(prompt.result.current.digits.value).toBe(digits)
  let answer: unknown
  await act(async () => {
    answer = await prompt.result.current.submit({ password: digits })
  })
  return { prompt: prompt.result, answer }
}

test('a wrong password: the digits are cleared and the refusal says how many attempts are left', async () => {
  const { prompt, answer } = await typedAndSent('111111')
  expect(answer).toBeNull()
  expect(prompt.current.digits.value).toBe('')
  expect(prompt.current.error?.code).toBe('PASSWORD_WRONG')
  expect(prompt.current.message).toBe(`${ERROR_MESSAGES.PASSWORD_WRONG}，还可以输入 4 次`)
  expect(prompt.current.locked).toBe(false)
})

test('the last attempt locks it: locked, with the gateway’s way out', async () => {
  for (let i = 0; i < 4; i++) await typedAndSent('111111')
  const { prompt } = await typedAndSent('111111')
  expect(prompt.current.locked).toBe(true)
  expect(prompt.current.message).toBe(ERROR_MESSAGES.PASSWORD_LOCKED)
  expect(prompt.current.digits.value).toBe('')
})

test('the right password: the answer, no error, and the digits are not kept', async () => {
  const { prompt, answer } = await typedAndSent(TEST_ECARD_PASSWORD)
  expect(answer).toEqual({ verificationToken: expect.any(String) })
  expect(prompt.current.error).toBeNull()
  expect(prompt.current.message).toBeNull()
  expect(prompt.current.locked).toBe(false)
  expect(prompt.current.digits.value).toBe('')
})

test('a locked card PIN is locked too', async () => {
  await logInAs(gateway, 'level1')
  gateway.state.card.pinFailures = 9
  const prompt = renderHook(() => usePasswordPrompt('pinChange'))
  await act(async () => {
    await prompt.result.current.submit({ currentPin: '000000', newPin: '258036' })
  })
  expect(prompt.result.current.error?.code).toBe('PIN_LOCKED')
  expect(prompt.result.current.locked).toBe(true)
})
