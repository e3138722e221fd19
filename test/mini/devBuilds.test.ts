/**
 * The testers' builds (npm run dev:weapp / dev:alipay, here built once into dist/weapp-dev and
 * dist/alipay-dev): the mock gateway inside the app answers through its Taro request interceptor,
 * GET requests included, nothing reaches the network, and the tester panel switches persona and fault.
 */
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { afterEach, describe, test } from 'node:test'
import { ERROR_MESSAGES } from '@/gateway/errors'
import { PERSONAS } from '@mock/data/personas'
import { FAULT_IDS } from '@mock/faults'
import type { MiniHost, MiniNode } from './host/host'
import { textOf } from './host/tree'
import { PLATFORMS, ROOT, assertHealthy, closeAll, go, openApp, outputDir, waitFor } from './support'

afterEach(closeAll)

/** The tester panel's picker in the row labelled `row`. */
function picker(host: MiniHost, row: string): MiniNode {
  const found = host.current.all((n) => n.className.includes('tester-panel__row') && textOf(n).startsWith(row))[0]?.children.find((n) => n.tag === 'picker')
  assert.ok(found, `no ${row} picker in the tester panel:\n${host.current.outline()}`)
  return found
}

for (const platform of PLATFORMS) {
  describe(`${platform} dev build`, () => {
    test(`the dev build is dist/${platform}-dev, beside the production dist/${platform}: only it carries the mock`, () => {
      const check = (dir: string) => spawnSync(process.execPath, ['scripts/checkNoMock.mjs', dir], { cwd: ROOT, encoding: 'utf8' })
      assert.equal(check(outputDir(platform, 'production')).status, 0)
      const dev = check(outputDir(platform, 'dev'))
      assert.equal(dev.status, 1)
      assert.match(dev.stderr, /esscard-mock-gateway-v1/)
    })

    test('the home page loads through the mock interceptor (its GET requests too); nothing goes to the network', async () => {
      const { host } = await openApp({ platform, build: 'dev' })
      await waitFor(host, '已开通缴费结算')
      await waitFor(host, '申领电子社保卡')
      assert.ok(!host.current.has(ERROR_MESSAGES.NETWORK_OFFLINE), host.current.outline())
      assert.deepEqual(host.recorder.requests, [], 'the interceptor answers every gateway request')
      assertHealthy(host)
    })

    test('the tester panel switches persona (the app restarts as that resident) and fault', async () => {
      const { host } = await openApp({ platform, build: 'dev' })
      await host.current.tap('测试')
      await host.current.change(picker(host, '角色'), { value: PERSONAS.findIndex((p) => p.id === 'new') })
      assert.equal(host.current.route, 'pages/home/index')
      await waitFor(host, '未申领')

      await host.current.tap('测试')
      await host.current.change(picker(host, '故障'), { value: FAULT_IDS.indexOf('offline') })
      await go(host, '/records/benefits/index')
      await waitFor(host, ERROR_MESSAGES.NETWORK_OFFLINE)

      await host.current.tap('测试')
      await host.current.change(picker(host, '故障'), { value: FAULT_IDS.indexOf('none') })
      await host.current.tap('收起')
      await host.current.tap('重试')
      await waitFor(host, '领取电子社保卡后即可查询') // persona new: the records page's card problem
      assertHealthy(host)
    })
  })
}
