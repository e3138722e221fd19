import { setupServer } from 'msw/node'
import { MockGateway } from './gateway'
import { mswHandlers } from './msw'

/** Node tests: the same handlers through msw/node, a fresh gateway per call, a clock the test controls. */
export function setupMockGateway(options: { now?: () => number } = {}) {
  const gateway = new MockGateway({ baseUrl: GATEWAY_BASE_URL, now: options.now })
  const server = setupServer(...mswHandlers(gateway, GATEWAY_BASE_URL))
  return { gateway, server }
}
