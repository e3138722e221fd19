/**
 * 即将离开本应用 in WeChat and Alipay (production builds): a website service's tile opens the step, which
 * names the service and the site; mini-programs cannot open outside websites, so the button is 复制链接 and the
 * catalogue's address goes to the clipboard (wx.setClipboardData / my.setClipboard through Taro), with how to
 * open it in the phone's browser; 返回 goes back to the services. Nothing is navigated to outside the app.
 */
import assert from 'node:assert/strict'
import { afterEach, describe, test } from 'node:test'
import { PLATFORMS, assertHealthy, closeAll, go, openApp, waitFor } from './support'

afterEach(closeAll)

for (const platform of PLATFORMS) {
  describe(`${platform}: leaving for an official website`, () => {
    test('tile → 即将离开本应用 → 复制链接 puts the address on the clipboard; 返回 goes back', async () => {
      const { host } = await openApp({ platform, entry: 'pages/home/index?city=kunming' })
      await waitFor(host, '异地就医备案')
      await host.current.tap('异地就医备案')
      await waitFor(host, '即将离开本应用')
      assert.equal(host.current.route, 'city/leave/index')
      assert.deepEqual(host.current.query, { city: 'kunming', service: 'remote-medical' })
      for (const text of ['“异地就医备案”', '您将离开本应用', '国家医保服务平台', 'fuwu.nhsa.gov.cn', '复制链接'])
        assert.ok(host.current.has(text), `${text} missing:\n${host.current.outline()}`)
      assert.equal(host.current.has('继续前往'), false)
      assert.equal(host.recorder.clipboard, null)

      await host.current.tap('复制链接')
      await waitFor(host, '链接已复制')
      assert.equal(host.recorder.clipboard, 'https://fuwu.nhsa.gov.cn/')
      assert.ok(host.current.has('浏览器'), host.current.outline())
      assert.deepEqual(
        host.recorder.calls.filter((c) => /^(navigateTo|redirectTo|reLaunch)$/.test(c.name)).map((c) => (c.args[0] as { url: string }).url.split('?')[0]),
        ['/city/leave/index'],
      )

      await host.current.tap('返回')
      await host.settle()
      assert.equal(host.current.route, 'pages/home/index')
      assertHealthy(host)
    })

    test('an unknown service: 无法打开这项服务, nothing copied', async () => {
      const { host } = await openApp({ platform, entry: 'pages/home/index?city=kunming' })
      await go(host, '/city/leave/index?city=kunming&service=nothing')
      await waitFor(host, '无法打开这项服务')
      assert.equal(host.current.has('复制链接'), false)
      assert.equal(host.recorder.clipboard, null)
      assertHealthy(host)
    })
  })
}
