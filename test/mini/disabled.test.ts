/**
 * Enabled controls carry no `disabled` on WeChat and Alipay (issue 14): the app passes `disabled` only
 * when true (src/ui/Button), so the built templates bind it to a prop with no default, and the rendered
 * tree has no button with disabled set to anything but true (every route: routes.test.ts). A button that
 * is really disabled (获取验证码 during its countdown) does carry it, so the check tells the two apart.
 */
import assert from 'node:assert/strict'
import { afterEach, describe, test } from 'node:test'
import { TEST_SMS_CODE } from '@mock/data/personas'
import type { MiniHost } from './host/host'
import { textOf } from './host/tree'
import { PLATFORMS, closeAll, openApp, strayDisabled, waitFor } from './support'

afterEach(closeAll)

const disabledButtons = (host: MiniHost) => host.current.all((n) => n.tag === 'button' && n.attributes.disabled === true).map((n) => textOf(n).trim())

for (const platform of PLATFORMS) {
  describe(`${platform}: no disabled on enabled controls`, () => {
    test('the built templates bind disabled to a prop with no default', async () => {
      const { host } = await openApp({ platform })
      const withDisabled = [...host.templates.byName.values()].filter((t) => 'disabled' in t.attributes)
      assert.ok(
        withDisabled.some((t) => t.tag === 'button'),
        'no button template binds disabled',
      )
      for (const t of withDisabled) assert.equal(t.attributes.disabled.fallback, undefined, `${t.name} <${t.tag}> gives disabled a default`)
    })

    test('claim: primary buttons and keypad keys without disabled; 获取验证码 disabled during its countdown', async () => {
      const { host } = await openApp({ platform, persona: 'new', entry: 'claim/wizard/index' })
      await host.current.type('claim-name', '王建国')
      await host.current.type('claim-id', '370902195803120013')
      await host.current.type('claim-phone', '13905381234')
      assert.deepEqual([disabledButtons(host), strayDisabled(host.current)], [[], []])
      await host.current.tap('下一步')
      assert.deepEqual([disabledButtons(host), strayDisabled(host.current)], [[], []])
      await host.current.tap('同意并继续')
      await host.current.tap('短信验证码')
      await host.current.tap('获取验证码')
      await waitFor(host, /秒后可?重新获取/)
      const [countdown, ...others] = disabledButtons(host)
      assert.match(countdown ?? '', /^\d+ 秒后可?重新获取$/)
      assert.deepEqual(others, [])
      const field = host.current.inputs().find((n) => String(n.attributes.placeholder ?? '').includes('验证码'))
      assert.ok(field, host.current.outline())
      await host.current.type(field, TEST_SMS_CODE)
      await host.current.tap('验证')
      await waitFor(host, '设置密码')
      const keys = host.current.all((n) => n.tag === 'button' && n.className.includes('keypad__key'))
      assert.equal(keys.length, 11, host.current.outline())
      assert.deepEqual([disabledButtons(host), strayDisabled(host.current)], [[], []])
    })
  })
}
