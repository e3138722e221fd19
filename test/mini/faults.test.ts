/**
 * Gateway faults as each platform reports them (WeChat: an errMsg, or the answer whatever its status;
 * Alipay: error 13 for a timeout, error 19 with the answer for an error status): the resident reads the
 * catalogue's message, retries once the fault is gone, and an expired session is renewed silently.
 */
import assert from 'node:assert/strict'
import { afterEach, describe, test } from 'node:test'
import { ERROR_MESSAGES } from '@/gateway/errors'
import type { FaultId } from '@mock/faults'
import { textOf } from './host/tree'
import { PLATFORMS, assertHealthy, closeAll, go, openApp, waitFor } from './support'

afterEach(closeAll)

const FAULTS: [FaultId, string][] = [
  ['server-error', ERROR_MESSAGES.SERVER_ERROR],
  ['timeout', ERROR_MESSAGES.TIMEOUT],
  ['offline', ERROR_MESSAGES.NETWORK_OFFLINE],
  ['malformed', ERROR_MESSAGES.MALFORMED_RESPONSE],
  ['rate-limited', ERROR_MESSAGES.RATE_LIMITED],
  ['contract-violation', ERROR_MESSAGES.CONTRACT_VIOLATION],
]

for (const platform of PLATFORMS) {
  describe(`${platform} faults`, () => {
    for (const [fault, message] of FAULTS) {
      test(`${fault}: the page says "${message}" and 重试 loads it once the fault is gone`, async () => {
        const { host, gateway } = await openApp({ platform })
        gateway?.setControls({ fault })
        await go(host, '/records/benefits/index')
        await waitFor(host, message)
        gateway?.setControls({ fault: 'none' })
        await host.current.tap('重试')
        await waitFor(host, '门诊费用医保报销')
        assertHealthy(host)
      })
    }

    test('an expired session is renewed with a fresh platform login and the request retried', async () => {
      const { host, gateway } = await openApp({ platform })
      gateway?.setControls({ fault: 'session-expired' })
      const logins = host.recorder.called(platform === 'weapp' ? 'login' : 'getAuthCode').length
      await go(host, '/records/benefits/index')
      await waitFor(host, '门诊费用医保报销')
      assert.equal(host.recorder.called(platform === 'weapp' ? 'login' : 'getAuthCode').length, logins + 1)
      assertHealthy(host)
    })

    test('a wrong e-card password is refused with the gateway’s own message (an HTTP error status)', async () => {
      const { host } = await openApp({ platform })
      await go(host, '/code/show/index')
      for (const digit of '111111') {
        const key = host.current.bound('tap').find((n) => n.className.includes('keypad__key') && textOf(n).trim() === digit)
        assert.ok(key)
        await host.current.tap(key)
      }
      await waitFor(host, ERROR_MESSAGES.PASSWORD_WRONG)
      assert.ok(!host.current.has(ERROR_MESSAGES.NETWORK_OFFLINE))
      assertHealthy(host)
    })
  })
}
