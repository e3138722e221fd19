/**
 * The outlets list and an outlet's page on WeChat (iOS, and Android, whose engine has no Intl) and Alipay,
 * with and without the resident's position; 导航 and 拨打 go through the platform's own APIs.
 */
import assert from 'node:assert/strict'
import { afterEach, test } from 'node:test'
import type { Engine, Platform } from './host/host'
import { assertHealthy, closeAll, go, openApp, waitFor } from './support'

afterEach(closeAll)

const ENGINES: [Platform, Engine][] = [
  ['weapp', 'ios'],
  ['weapp', 'android'],
  ['alipay', 'ios'],
]

for (const [platform, engine] of ENGINES) {
  test(`${platform} ${engine}: without a position the list is ordered by district and loads (no Intl needed)`, async () => {
    const { host } = await openApp({ platform, engine, device: { location: null } })
    await go(host, '/outlets/list/index?city=kunming')
    await waitFor(host, '五华区人力资源和社会保障服务中心')
    assert.ok(!host.current.has('正在加载服务网点'))
    const districts = host.current.all((n) => n.className.includes('outlet-cell__meta')).map((n) => n.children.at(-1)?.text)
    assert.ok(districts.length >= 3)
    assert.equal(
      districts.filter((d, i) => i > 0 && d !== districts[i - 1]).length,
      new Set(districts).size - 1,
      `each district together: ${districts.join(' ')}`,
    )
    assertHealthy(host)
  })

  test(`${platform} ${engine}: with a position the nearest outlet comes first; its page calls and navigates`, async () => {
    const { host } = await openApp({ platform, engine, device: { location: { latitude: 24.8801, longitude: 102.8329 } } })
    await go(host, '/outlets/list/index?city=kunming')
    await waitFor(host, /公里|米/)
    const first = host.current.all((n) => n.className.includes('outlet-cell__name'))[0]
    assert.equal(first?.children[0]?.text, '昆明市民中心')
    await host.current.tap('昆明市民中心')
    assert.equal(host.current.route, 'outlets/detail/index')
    await waitFor(host, '锦绣大街')
    await host.current.tap('导航')
    const [opened] = host.recorder.called('openLocation')
    assert.ok(opened, 'openLocation called')
    const place = opened.args[0] as Record<string, unknown>
    assert.ok(Number(place.latitude) > 0 && Number(place.longitude) > 0)
    assert.equal(typeof place.latitude, platform === 'weapp' ? 'number' : 'string', 'each platform’s own coordinate type')
    await host.current.tap('拨打')
    const [call] = host.recorder.called('makePhoneCall')
    assert.ok(call, 'makePhoneCall called')
    const options = call.args[0] as Record<string, unknown>
    assert.match(String(platform === 'weapp' ? options.phoneNumber : options.number), /^[\d-]+$/)
    assertHealthy(host)
  })
}
