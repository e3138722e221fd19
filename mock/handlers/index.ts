/**
 * The mock gateway's endpoints as plain functions over the contract's types, one file per capability: no
 * HTTP, no MSW. The dispatcher (gateway.ts) validates the request, calls one of these, and wraps the result
 * in the envelope; the MSW and Taro-interceptor wrappers only translate requests and responses.
 */
import { sessionHandlers } from './session'
import { cityHandlers } from './city'
import { outletsHandlers } from './outlets'
import { identityHandlers } from './identity'
import { claimHandlers } from './claim'
import { codeHandlers } from './code'
import { manageHandlers } from './manage'
import { recordsHandlers } from './records'
import { cardHandlers } from './card'
import { familyHandlers } from './family'
import { payHandlers } from './pay'
import type { Handlers } from './common'

export { MockError, type HandlerContext } from './common'
export { TERMINAL_TICKETS } from './code'
export { actingFor } from './family'
export { settlePayment } from './pay'

/** Every endpoint of the contract, each from its capability's file (the type fails if one is missing). */
export const handlers: Handlers = {
  ...sessionHandlers,
  ...cityHandlers,
  ...outletsHandlers,
  ...identityHandlers,
  ...claimHandlers,
  ...codeHandlers,
  ...manageHandlers,
  ...recordsHandlers,
  ...cardHandlers,
  ...familyHandlers,
  ...payHandlers,
}
