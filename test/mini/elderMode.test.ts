/**
 * 长辈版 from the home page on each mini-program platform (issue 23): a visible entry, not only the switch
 * under 我的; tapping it turns large-text mode on and puts the four things elders do most first as large
 * tiles, each opening its page (the hotline calls 12333); the choice outlives a relaunch; search finds the
 * entry under 长辈版 and the names other apps use for it. The pension chart's canvas text, which no stylesheet
 * scales, is drawn at 长辈版's ≥ 18 px.
 */
import assert from 'node:assert/strict'
import { afterEach, describe, test } from 'node:test'
import type { MiniHost, MiniNode } from './host/host'
import { textOf } from './host/tree'
import { PLATFORMS, assertHealthy, closeAll, go, openApp, waitFor } from './support'

afterEach(closeAll)

const HOME = 'pages/home/index'
const hasClass = (node: MiniNode, name: string) => node.className.split(/\s+/).includes(name)
const withClass = (host: MiniHost, name: string) => host.current.all((n) => hasClass(n, name))
const label = (node: MiniNode) => textOf(node).replace(/\s+/g, '')
/** Whether the page root draws large-text mode. */
const large = (host: MiniHost) => withClass(host, 'screen--large').length === 1

/** The home page once the city's services are in (昆明, from the phone's location). */
async function home(host: MiniHost): Promise<void> {
  await waitFor(host, '通知公告')
  assert.equal(host.current.route, HOME)
}

for (const platform of PLATFORMS) {
  describe(`${platform}: 长辈版 on the home page`, () => {
    test('a visible entry turns 长辈版 on; the four large tiles come first and each opens its page', async () => {
      const { host } = await openApp({ platform, entry: HOME })
      await home(host)
      const [entry] = withClass(host, 'elder-entry')
      assert.ok(entry, host.current.outline())
      assert.match(label(entry), /^长辈版大字、大按钮，点此开启$/)
      assert.equal(large(host), false)
      assert.deepEqual(withClass(host, 'elder-tile'), [], 'no tiles in normal mode')

      await host.current.tap(entry)
      assert.equal(large(host), true, 'tapping the entry turns large-text mode on')
      assert.match(label(withClass(host, 'elder-entry')[0]), /已开启，点此关闭/)
      const tiles = withClass(host, 'elder-tile')
      assert.deepEqual(tiles.map(label), ['出示二维码', '查询养老金/缴费记录', '人社服务热线12333', '附近网点'])
      // First: before the e-card cell and the city's service grid (document order).
      const order = host.current.all().map((n) => n.sid)
      const before = (a: MiniNode, b: MiniNode | undefined) => b !== undefined && order.indexOf(a.sid) < order.indexOf(b.sid)
      assert.ok(before(tiles[3], withClass(host, 'card-entry')[0]), 'the tiles come before 我的电子社保卡')
      assert.ok(before(tiles[3], withClass(host, 'weui-grids')[0]), 'the tiles come before the full grid')

      for (const [name, route] of [
        ['出示二维码', 'code/show/index'],
        ['查询养老金/缴费记录', 'records/index/index'],
        ['附近网点', 'outlets/list/index'],
      ] as const) {
        const tile = withClass(host, 'elder-tile').find((n) => label(n) === name)
        assert.ok(tile, name)
        await host.current.tap(tile)
        assert.equal(host.current.route, route, `${name} opens its page`)
        assert.equal(large(host), true, `${route} is in 长辈版 too`)
        await host.back()
        assert.equal(host.current.route, HOME)
      }
      const hotline = withClass(host, 'elder-tile').find((n) => label(n).startsWith('人社服务热线'))
      assert.ok(hotline)
      await host.current.tap(hotline)
      const [call] = host.recorder.called('makePhoneCall')
      assert.ok(call, 'the hotline tile calls')
      const options = call.args[0] as Record<string, unknown>
      assert.equal(platform === 'weapp' ? options.phoneNumber : options.number, '12333')
      assertHealthy(host)
    })

    test('the choice is remembered: 长辈版 is still on after a relaunch, and off once turned off', async () => {
      const first = await openApp({ platform, entry: HOME })
      await home(first.host)
      await first.host.current.tap(withClass(first.host, 'elder-entry')[0])
      assert.equal(large(first.host), true)
      const stored = new Map(first.host.recorder.storage)
      closeAll()

      const again = await openApp({ platform, entry: HOME, storage: stored })
      await home(again.host)
      assert.equal(large(again.host), true, 'on after the relaunch')
      assert.equal(withClass(again.host, 'elder-tile').length, 4)
      await again.host.current.tap(withClass(again.host, 'elder-entry')[0])
      assert.equal(large(again.host), false)
      const off = new Map(again.host.recorder.storage)
      closeAll()

      const third = await openApp({ platform, entry: HOME, storage: off })
      await home(third.host)
      assert.equal(large(third.host), false, 'off after the next relaunch')
      assertHealthy(third.host)
    })

    test('search finds the entry under 长辈版 and its aliases, and it works from the results', async () => {
      const { host } = await openApp({ platform, entry: HOME })
      await home(host)
      const search = host.current.input('搜索，如')
      assert.equal(withClass(host, 'elder-entry').length, 1, 'the home page entry')
      for (const query of ['长辈版', '关怀版', '关爱版', '亲情版', '大字版', '老年版', '大字']) {
        await host.current.type(search, query)
        const entries = withClass(host, 'elder-entry')
        assert.equal(entries.length, 2, `searching ${query} shows the entry among the results:\n${host.current.outline()}`)
        assert.ok(host.current.has('搜索结果'))
      }
      await host.current.type(search, '挂失')
      assert.equal(withClass(host, 'elder-entry').length, 1, 'not for an unrelated search')

      await host.current.type(search, '关怀版')
      await host.current.tap(withClass(host, 'elder-entry')[1])
      assert.equal(large(host), true, 'the entry in the results turns 长辈版 on')
      assertHealthy(host)
    })

    test('in 长辈版 the pension chart draws its axis and year labels at ≥ 18 px', async () => {
      const { host } = await openApp({ platform, entry: HOME })
      await home(host)
      await host.current.tap(withClass(host, 'elder-entry')[0])
      await go(host, '/records/pension/index')
      await waitFor(host, '逐年累计')
      const [node] = host.current.all((n) => n.tag === 'canvas')
      assert.ok(node, host.current.outline())
      const labels = () => {
        const ops = host.recorder.canvas(host.current, node.id)?.ops ?? []
        // The last painting: from its clearRect on.
        return ops.slice(ops.map((o) => o.op).lastIndexOf('clearRect')).filter((o) => o.op === 'fillText')
      }
      for (let waited = 0; labels().length === 0 && waited < 2000; waited += 50) await host.advance(50)
      const drawn = labels()
      assert.ok(drawn.length >= 5, `the chart drew ${drawn.length} labels`)
      const sizes = drawn.map((o) => Number(/^([\d.]+)px /.exec(o.font)?.[1]))
      assert.ok(
        sizes.every((px) => px >= 18),
        `labels drawn at ${sizes.join(', ')} px: ${drawn.map((o) => String(o.args[0])).join(' ')}`,
      )
      assertHealthy(host)
    })
  })
}
