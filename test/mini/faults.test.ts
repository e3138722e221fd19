/**
 * Gateway faults as each platform reports them (WeChat: an errMsg, or the answer whatever its status;
 * Alipay: error 13 for a timeout, error 19 with the answer for an error status): the resident reads the
 * catalogue's message, retries once the fault is gone, and an expired session is renewed silently.
 */
import assert from 'node:assert/strict'
import { afterEach, describe, test } from 'node:test'
import { ERROR_MESSAGES } from '@/gateway/errors'
import { FAULT_CASES } from '../support/faults'
import { PLATFORMS, assertHealthy, closeAll, go, keypad, openApp, waitFor } from './support'

afterEach(closeAll)

for (const platform of PLATFORMS) {
  describe(`${platform} faults`, () => {
    for (const [fault, message] of FAULT_CASES) {
      test(`${fault}: the page says "${message}" and 重试 loads it once the fault is gone`, async () => {
        const { host, gateway } = await openApp({ platform })
        gateway?.setControls({ fault })
        await go(host, '/records/benefits/index')
        await waitFor(host, message)
        gateway?.setControls({ fault: 'none' })
        // After a 429, 重试 waits out the Retry-After, counting down on the button.
        let waited = 0
        for (; host.current.has('秒后可重试'); waited += 1_000) {
          assert.ok(waited < 10_000, '重试 never became available')
          await host.advance(1_000)
        }
        assert.equal(waited > 0, fault === 'rate-limited', 'only a 429 holds 重试 back')
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
      await keypad(host, '111111')
      await waitFor(host, ERROR_MESSAGES.PASSWORD_WRONG)
      assert.ok(!host.current.has(ERROR_MESSAGES.NETWORK_OFFLINE))
      assertHealthy(host)
    })
  })
}
