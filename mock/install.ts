/* eslint-disable @typescript-eslint/no-require-imports -- each target requires only its own wrapper, so msw never reaches a mini-program bundle */
import { holdRequestsUntil } from '@/gateway/client'

/** Installs the mock gateway for the running target. Only non-production builds reach this file. */
export function installMockGateway(): void {
  if (process.env.TARO_ENV === 'h5') {
    holdRequestsUntil(require('./browser').startBrowserMock(GATEWAY_BASE_URL))
  } else {
    require('./interceptor').installInterceptor(GATEWAY_BASE_URL)
  }
}
