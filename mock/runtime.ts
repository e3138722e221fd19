import { MockGateway } from './gateway'
import type { MockState } from './state'

/** The one mock gateway of a running app, shared by the request wrapper and the tester panel. */
let current: MockGateway | null = null

const STORAGE_KEY = 'esscard.mock'

export function createAppMockGateway(baseUrl: string, storage?: { get(): string | undefined; set(value: string): void }): MockGateway {
  current = new MockGateway({
    baseUrl,
    load: () => {
      const saved = storage?.get()
      if (!saved) return undefined
      try {
        return JSON.parse(saved) as MockState
      } catch {
        return undefined
      }
    },
    save: (state) => storage?.set(JSON.stringify(state)),
  })
  return current
}

export function mockGateway(): MockGateway | null {
  return current
}

export { STORAGE_KEY }
