/** Path parameters and terminal tickets are checked before anything is sent: no dot segments, no stray codes. */
import { call } from '@/gateway/client'
import { GatewayError } from '@/gateway/errors'
import { logInAs, withMockGateway } from '../support/gateway'

const { gateway, server } = withMockGateway()
let sent: string[] = []
beforeAll(() => server.events.on('request:start', ({ request }) => void sent.push(`${request.method} ${new URL(request.url).pathname}`)))
beforeEach(async () => {
  await logInAs(gateway, 'level2')
  sent = []
})

const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 'OK',
    (error: unknown) => (error instanceof GatewayError ? error.code : 'THROWN'),
  )

test.each([
  ['codeStatus', { codeId: '..' }],
  ['codeRefresh', { codeId: '.' }],
  ['catalogue', { cityId: '..' }],
  ['notices', { cityId: '.' }],
  ['outlets', { cityId: '../card' }],
] as const)('%s with a dot segment %j is refused and nothing is sent', async (endpointId, input) => {
  expect(await codeOf(call(endpointId, input as never))).toBe('BAD_REQUEST')
  expect(sent).toEqual([])
})

test.each(['..', 'https://evil.example/x', 'ESSC-TERM:../card', 'ESSC-TERM:'])('a scanned %s is not a terminal ticket: nothing is sent', async (ticket) => {
  expect(await codeOf(call('ticketRead', { ticket }))).toBe('BAD_REQUEST')
  expect(sent).toEqual([])
})

test('a terminal ticket travels in a POST body, never in the path', async () => {
  await call('ticketRead', { ticket: 'ESSC-TERM:KIOSK-LOGIN' })
  expect(sent).toEqual(['POST /api/tickets/read'])
})
