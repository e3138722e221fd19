/* eslint-disable @typescript-eslint/no-require-imports -- each target requires only its own wrapper, so msw never reaches a mini-program bundle */
/**
 * The one way the mock enters the app: config/mockEntry.ts adds this file to the app's entry in builds with
 * MOCK=1, right after src/app.tsx. It installs the mock gateway for the running target and plugs the tester's
 * panel, terminal codes and payment platform into the app's tester slot: a platform payment (WeChat, Alipay, the
 * H5 cashier) ends as the tester chose (panel 模拟缴费, H5 `?pay=`), settled in the mock gateway's state.
 */
import { holdRequestsUntil } from '@/gateway/client'
import { tester } from '@/ui/tester'
import { TERMINAL_TICKETS } from './handlers/code'
import { settlePayment } from './handlers/pay'
import { settleCardFee } from './handlers/card'
import { mockGateway } from './runtime'
import { TesterPanel } from './panel/TesterPanel'

if (process.env.TARO_ENV === 'h5') {
  holdRequestsUntil(require('./browser').startBrowserMock(GATEWAY_BASE_URL))
} else {
  require('./interceptor').installInterceptor(GATEWAY_BASE_URL)
}

tester.Panel = TesterPanel
tester.tickets = Object.entries(TERMINAL_TICKETS).map(([ticket, t]) => ({ ticket, purpose: `${t.requester}：${t.purpose}` }))
// The platform's payment, simulated, as the tester chose: a card fee or a 居民医保 order is settled in the mock's state.
tester.payment = (payment) =>
  Promise.resolve(mockGateway()?.update((state, now) => (settleCardFee(state, payment) ? 'success' : settlePayment(state, payment, now))) ?? 'fail')
