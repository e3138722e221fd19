/** The password rules table (src/lib/password.ts): every example of every rule, the birth-date forms, and the gateway's reason. */
import * as v from 'valibot'
import { contract, envelopeSchema, requestParts, type EndpointId } from '@/gateway/contract'
import { GatewayError } from '@/gateway/errors'
import { birthDateFragments, checkPassword, newPasswordRefusal, PASSWORD_MESSAGES, PASSWORD_RULES } from '@/lib/password'
import { INITIAL_PIN, TEST_CARD_PIN, TEST_ECARD_PASSWORD, TEST_SMS_CODE } from '@mock/data/personas'
import { MockGateway } from '@mock/gateway'

const RESIDENT = { idNumber: '370902195803120013', phone: '13905381234' } // born 1958-03-12

/** Sends one request to the mock gateway as the app would, and reads the envelope. */
const sender = (gateway: MockGateway) => async (endpointId: EndpointId, input: Record<string, unknown>, token?: string) => {
  const { path, body } = requestParts(endpointId, input as never)
  const response = await gateway.handle({
    method: contract[endpointId].method,
    url: `https://gateway.test/api${path}`,
    headers: { authorization: token && `Bearer ${token}`, 'idempotency-key': `k-${Math.random()}` },
    body: JSON.stringify(body),
  })
  if (response.kind !== 'response') throw new Error(response.kind)
  return v.parse(envelopeSchema, JSON.parse(response.body))
}

test.each(PASSWORD_RULES.filter((rule) => rule.examples.length).map((rule) => [rule.id, rule]))('%s: every example is refused by this rule', (_id, rule) => {
  for (const example of rule.examples) expect([example, checkPassword(example, RESIDENT)]).toEqual([example, rule.id])
  expect(PASSWORD_MESSAGES[rule.id]).toContain(rule.message)
})

test('every birth-date form of the ID is refused: YYMMDD, MMDDYY, DDMMYY, YYYYMM, MMYYYY, YYDDMM and the rest', () => {
  const forms = ['580312', '031258', '120358', '195803', '031958', '581203', '035812', '125803', '121958', '195812', '958031']
  for (const form of forms) expect([form, checkPassword(form, RESIDENT)]).toEqual([form, 'birth-date'])
  expect(birthDateFragments(RESIDENT.idNumber).sort()).toEqual([...forms].sort())
})

test("the phone's last six, pairs and triples are refused; an ordinary password passes", () => {
  expect(checkPassword('381234', RESIDENT)).toBe('phone')
  for (const p of ['112233', '121212', '123123', '998877', '000111', '909090']) expect([p, checkPassword(p, RESIDENT)]).toEqual([p, 'pattern'])
  for (const p of ['147258', '258036', '369147', '802461']) expect([p, checkPassword(p, RESIDENT)]).toEqual([p, null])
})

test("the mock gateway refuses a weak password with the rule's id, and the keypad shows that rule's message", async () => {
  const gateway = new MockGateway({ baseUrl: 'https://gateway.test/api' })
  gateway.setControls({ personaId: 'new' })
  const send = sender(gateway)
  const { token } = (await send('login', { channel: 'weapp', code: 'c' })).data as { token: string }
  for (const [password, rule] of [
    ['580312', 'birth-date'],
    ['381234', 'phone'],
    ['121212', 'pattern'],
  ] as const) {
    await send('smsSend', { purpose: 'claim' }, token)
    const { verificationToken } = (await send('smsVerify', { purpose: 'claim', code: TEST_SMS_CODE }, token)).data as { verificationToken: string }
    const refused = await send('issue', { verificationToken, password }, token)
    expect([refused.code, refused.reason]).toEqual(['PASSWORD_WEAK', rule])
    expect(newPasswordRefusal(new GatewayError('PASSWORD_WEAK', { reason: refused.reason }))).toBe(PASSWORD_MESSAGES[rule])
  }
  // An unknown reason (a newer gateway's rule) falls back to the catalogue's general message.
  expect(newPasswordRefusal(new GatewayError('PASSWORD_WEAK', { reason: 'something-new' }))).toBe('密码过于简单，请换一个')
  expect(newPasswordRefusal(new GatewayError('PASSWORD_SAME'))).toBe('新密码不能与原密码相同')
})

test("the mock gateway refuses an e-card password equal to the physical card's PIN, and a PIN equal to the e-card password", async () => {
  const gateway = new MockGateway({ baseUrl: 'https://gateway.test/api' })
  const send = sender(gateway)
  const logIn = async (personaId: string) => {
    gateway.setControls({ personaId })
    gateway.reset()
    return ((await send('login', { channel: 'weapp', code: 'c' })).data as { token: string }).token
  }
  const smsToken = async (purpose: 'claim' | 'reset', token: string) => {
    await send('smsSend', { purpose }, token)
    return ((await send('smsVerify', { purpose, code: TEST_SMS_CODE }, token)).data as { verificationToken: string }).verificationToken
  }

  // Claim (set), change and reset of the e-card password: the card's PIN is refused.
  let token = await logIn('new')
  expect((await send('issue', { verificationToken: await smsToken('claim', token), password: TEST_CARD_PIN }, token)).code).toBe('PASSWORD_SAME_AS_PIN')
  token = await logIn('level2')
  expect((await send('passwordChange', { oldPassword: TEST_ECARD_PASSWORD, newPassword: TEST_CARD_PIN }, token)).code).toBe('PASSWORD_SAME_AS_PIN')
  expect((await send('passwordReset', { verificationToken: await smsToken('reset', token), newPassword: TEST_CARD_PIN }, token)).code).toBe(
    'PASSWORD_SAME_AS_PIN',
  )
  expect((await send('passwordChange', { oldPassword: TEST_ECARD_PASSWORD, newPassword: '258036' }, token)).code).toBe('OK')
  // Activation of the physical card (PIN change): the e-card password is refused as the new PIN.
  token = await logIn('initial-pin')
  expect((await send('pinChange', { currentPin: INITIAL_PIN, newPin: TEST_ECARD_PASSWORD }, token)).code).toBe('PASSWORD_SAME_AS_PIN')
  expect((await send('pinChange', { currentPin: INITIAL_PIN, newPin: '258369' }, token)).code).toBe('OK')
  expect(newPasswordRefusal(new GatewayError('PASSWORD_SAME_AS_PIN'))).toBe('电子社保卡密码不能与社保卡密码相同，请换一个')
  // The contract lists the code on each of these endpoints.
  for (const id of ['issue', 'passwordChange', 'passwordReset', 'pinChange'] as const) expect(contract[id].errors).toContain('PASSWORD_SAME_AS_PIN')
})

test('the contract takes exactly the passwords the keypad lets through as six digits', () => {
  for (const password of ['246810', '000000', '24681', '2468100', '２４６８１０', '24681a', ' 246810', '']) {
    expect([password, v.is(contract.passwordChange.request.entries.newPassword, password)]).toEqual([password, checkPassword(password) !== 'length'])
  }
})
