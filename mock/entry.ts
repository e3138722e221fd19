/* eslint-disable @typescript-eslint/no-require-imports -- each target requires only its own wrapper, so msw never reaches a mini-program bundle */
/**
 * The one way the mock enters the app: config/mockEntry.ts adds this file to the app's entry in builds with
 * MOCK=1, right after src/app.tsx. It installs the mock gateway for the running target and plugs the tester's
 * panel and terminal codes into the app's tester slot.
 */
import { holdRequestsUntil } from '@/gateway/client'
import { tester } from '@/ui/tester'
import { TERMINAL_TICKETS } from './handlers/code'
import { TesterPanel } from './panel/TesterPanel'
import { mockGateway } from './runtime'

if (process.env.TARO_ENV === 'h5') {
  holdRequestsUntil(require('./browser').startBrowserMock(GATEWAY_BASE_URL))
} else {
  require('./interceptor').installInterceptor(GATEWAY_BASE_URL)
}

tester.Panel = TesterPanel
tester.tickets = Object.entries(TERMINAL_TICKETS).map(([ticket, t]) => ({ ticket, purpose: `${t.requester}：${t.purpose}` }))
// The platform's payment, simulated: the payment platform tells the gateway the card fee is paid.
tester.payment = (payment) => Promise.resolve(mockGateway()?.settleCardFee(payment) ? 'success' : 'fail')
