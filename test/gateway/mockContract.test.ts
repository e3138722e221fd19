import { existsSync, readdirSync } from 'node:fs'
import { resolve } from 'node:path'
import * as v from 'valibot'
import { COMMON_ERRORS, ENDPOINT_IDS, contract, envelopeSchema, requestParts, sessionEndpoints, type EndpointId, type RequestOf } from '@/gateway/contract'
import { MockGateway } from '@mock/gateway'
import { PERSONAS, TEST_ECARD_PASSWORD, TEST_SMS_CODE } from '@mock/data/personas'
import { TERMINAL_TICKETS } from '@mock/handlers'

const BASE = 'https://gateway.test/api'

/** One valid request per endpoint; `{{code}}` stands for a code issued earlier in the same run. */
const SAMPLES: { [E in EndpointId]: RequestOf<E> } = {
  login: { channel: 'weapp', code: 'wx-code' },
  refresh: {},
  cities: {},
  catalogue: { cityId: 'kunming' },
  notices: { cityId: 'taian' },
  outlets: { cityId: 'hefei' },
  cardStatus: {},
  claimPrecheck: { name: '王建国', idNumber: '370902195803120013', phone: '13905381234' },
  smsLogin: { phone: '13708712345' },
  smsSend: { purpose: 'claim' },
  smsVerify: { purpose: 'claim', code: TEST_SMS_CODE },
  faceStart: { purpose: 'reset', name: '王建国', idNumber: '370902195803120013' },
  faceResult: { certifyId: 'cert-unknown', faceToken: 'face-ok' },
  passwordVerify: { password: TEST_ECARD_PASSWORD },
  issue: { verificationToken: 'ver-unknown', password: '258036' },
  linkBank: { bankCardNumber: '6217001234567890122', phone: '13905381234', smsCode: TEST_SMS_CODE },
  pinChange: { currentPin: '123456', newPin: '258036' },
  codeIssue: { password: TEST_ECARD_PASSWORD, kind: 'identity' },
  codeRefresh: { codeId: '{{code}}' },
  codeStatus: { codeId: '{{code}}' },
  ticketRead: { ticket: Object.keys(TERMINAL_TICKETS)[0] },
  ticketDecide: { ticket: Object.keys(TERMINAL_TICKETS)[0], decision: 'decline' },
  passwordChange: { oldPassword: TEST_ECARD_PASSWORD, newPassword: '258036' },
  passwordReset: { verificationToken: 'ver-unknown', newPassword: '258036' },
  reportLoss: { verificationToken: 'ver-unknown' },
  unbind: { verificationToken: 'ver-unknown', channel: 'weapp' },
  enrolment: {},
  contributions: { type: 'pension', year: 2024, page: 1 },
  medicalAccount: {},
  medicalTransactions: { page: 2 },
  pension: {},
  benefits: {},
  cardEligibility: { applicant: 'self' },
  cardPhotoSlot: { bytes: 40_000, width: 358, height: 441 },
  cardPhotoUpload: { uploadId: 'upload-unknown', signature: 'sig', image: 'AAAA' },
  cardApply: { applicant: 'self', photoId: 'photo-unknown', bankId: 'icbc', delivery: { kind: 'outlet', pointId: 'km-civic' } },
  cardApplications: {},
  cardProgress: { applicationId: 'app-seed-1' },
  cardRetakePhoto: { applicationId: 'app-seed-1', photoId: 'photo-unknown' },
  cardCancel: { applicationId: 'app-seed-1' },
  cardCollectionPoints: { cityId: 'hefei' },
  cardFeeOrder: { applicationId: 'app-seed-1' },
  cardFeeOrderStatus: { orderId: 'order-unknown' },
  cardReplacement: {},
  familyList: {},
  familyAdd: { relation: 'parent', name: '张德福', idNumber: '530102194609120011' },
  familyConsent: { challengeId: 'consent-unknown', verificationToken: 'ver-unknown' },
  familyGrants: {},
  familyEnd: { bondId: 'rel-a' },
  payables: {},
  payOrderCreate: { year: new Date().getFullYear() + 1, personIds: ['p-self'] },
  payOrder: { orderId: 'pay-unknown' },
  payOrderCancel: { orderId: 'pay-unknown' },
  payByCard: { orderId: 'pay-unknown', password: TEST_ECARD_PASSWORD },
  payReceipt: { orderId: `hist-${new Date().getFullYear()}-p-self` },
  payHistory: {},
  logout: {},
}

test('each endpoint is declared once, in the session or one capability slice (src/<capability>/api.ts), and the contract merges every slice', async () => {
  const src = resolve(__dirname, '../../src')
  const capabilities = readdirSync(src).filter((dir) => existsSync(resolve(src, dir, 'api.ts')))
  const declared = Object.keys(sessionEndpoints)
  for (const capability of capabilities) {
    const slice = (await import(`@/${capability}/api`)) as Record<string, object>
    declared.push(...Object.keys(slice[`${capability}Endpoints`]))
  }
  expect(capabilities.length).toBeGreaterThan(0)
  expect(declared.sort()).toEqual([...ENDPOINT_IDS].sort())
})

async function send(gateway: MockGateway, endpointId: EndpointId, input: Record<string, unknown>, token?: string) {
  const { path, body } = requestParts(endpointId, input)
  const response = await gateway.handle({
    method: contract[endpointId].method,
    url: BASE + path,
    headers: { authorization: token ? `Bearer ${token}` : undefined, 'idempotency-key': 'k-1' },
    body: body ? JSON.stringify(body) : undefined,
  })
  if (response.kind !== 'response') throw new Error(`unexpected ${response.kind}`)
  return v.parse(envelopeSchema, JSON.parse(response.body))
}

describe.each(PERSONAS.map((p) => [p.id]))('persona %s', (personaId) => {
  test('every endpoint answers contract-valid data or one of its declared errors', async () => {
    const gateway = new MockGateway({ baseUrl: BASE })
    gateway.setControls({ personaId })
    const login = await send(gateway, 'login', SAMPLES.login)
    const token = v.parse(contract.login.response, login.data).token
    await send(gateway, 'smsSend', { purpose: 'claim' }, token)
    const issued = await send(gateway, 'codeIssue', SAMPLES.codeIssue, token)
    const codeId = issued.code === 'OK' ? v.parse(contract.codeIssue.response, issued.data).codeId : 'code-none'

    const answered: string[] = []
    // logout last: it ends the session the other endpoints are called with
    for (const endpointId of [...ENDPOINT_IDS.filter((id) => id !== 'logout'), 'logout' as const]) {
      const input = JSON.parse(JSON.stringify(SAMPLES[endpointId]).replace('{{code}}', codeId)) as Record<string, unknown>
      const envelope = await send(gateway, endpointId, input, token)
      const spec = contract[endpointId]
      if (envelope.code === 'OK') {
        const result = v.safeParse(spec.response, envelope.data)
        expect({ endpointId, issues: result.issues?.map((i) => i.message) }).toEqual({ endpointId, issues: undefined })
        answered.push(endpointId)
      } else {
        const declared: string[] = [...spec.errors, ...COMMON_ERRORS, 'SESSION_EXPIRED', 'UNAUTHORIZED', 'NOT_FOUND']
        expect({ endpointId, code: envelope.code, declared: declared.includes(envelope.code) }).toEqual({ endpointId, code: envelope.code, declared: true })
      }
    }
    // the public endpoints answer for everyone
    expect(answered).toEqual(expect.arrayContaining(['cities', 'catalogue', 'notices', 'outlets', 'cardStatus']))
  })
})

test('persona fixtures are internally valid (IDs, cards) so the claim flow can succeed', async () => {
  const { checkField } = await import('@/lib/fields')
  for (const persona of PERSONAS) {
    expect([persona.id, checkField('name', persona.name), checkField('idNumber', persona.idNumber), checkField('phone', persona.phone)]).toEqual([
      persona.id,
      null,
      null,
      null,
    ])
    expect([persona.id, checkField('bankCard', persona.bankCardNumber)]).toEqual([persona.id, null])
  }
})

test('cities switch different services on', async () => {
  const gateway = new MockGateway({ baseUrl: BASE })
  const enabled = async (cityId: string) => {
    const envelope = await send(gateway, 'catalogue', { cityId })
    const catalogue = v.parse(contract.catalogue.response, envelope.data)
    return catalogue.categories.flatMap((c) => c.services.filter((s) => s.enabled).map((s) => s.id)).sort()
  }
  const [taian, kunming, hefei] = await Promise.all(['taian', 'kunming', 'hefei'].map(enabled))
  expect(kunming).toContain('pharmacy-pay')
  expect(taian).not.toContain('pharmacy-pay')
  expect(new Set([taian.join(), kunming.join(), hefei.join()]).size).toBe(3)
})
