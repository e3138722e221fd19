/** Idempotency keys: random from the platform's CSPRNG, one per submission, a new one when the body changes. */
import { act, renderHook } from '@testing-library/react'
import { newIdempotencyKey } from '@/gateway/client'
import { contract } from '@/gateway/contract'
import { useSubmit } from '@/gateway/hooks'
import { TEST_SMS_CODE } from '@mock/data/personas'
import { logInAs, withMockGateway } from '../support/gateway'

const { gateway, server } = withMockGateway({ personaId: 'new' })
let keys: string[] = []
beforeAll(() =>
  server.events.on(
    'request:start',
    ({ request }) => void (request.headers.get('idempotency-key') && keys.push(request.headers.get('idempotency-key') as string)),
  ),
)
beforeEach(async () => {
  await logInAs(gateway, 'level1')
  keys = []
})

test.each(['ticketDecide', 'pinChange', 'passwordChange', 'passwordReset', 'codeIssue', 'issue', 'linkBank', 'reportLoss', 'unbind'] as const)(
  'the write %s carries an Idempotency-Key',
  (endpointId) => expect(contract[endpointId]).toMatchObject({ idempotent: true }),
)

test('a corrected body after an error gets a new key; the same body again keeps its key', async () => {
  const { result } = renderHook(() => useSubmit('linkBank'))
  const wrong = { bankCardNumber: '6217001234567890122', phone: '13708712345', smsCode: '111111' }
  await act(async () => void (await result.current.submit(wrong)))
  await act(async () => void (await result.current.submit(wrong)))
  await act(async () => void (await result.current.submit({ ...wrong, smsCode: TEST_SMS_CODE })))
  expect(keys).toHaveLength(3)
  expect(keys[1]).toBe(keys[0])
  expect(keys[2]).not.toBe(keys[1])
})

test('keys come from crypto.getRandomValues, never Math.random', async () => {
  const random = jest.spyOn(Math, 'random')
  const secure = jest.spyOn(globalThis.crypto, 'getRandomValues')
  const first = await newIdempotencyKey()
  const second = await newIdempotencyKey()
  expect(first).toMatch(/^[0-9a-f]{32}$/)
  expect(second).not.toBe(first)
  expect(secure).toHaveBeenCalled()
  expect(random).not.toHaveBeenCalled()
})
