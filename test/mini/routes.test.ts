/**
 * Every route of app.json, on WeChat and Alipay, in the production builds (gateway in Node) and the
 * testers' builds (mock inside): it renders with no uncaught error, no console error, no call to an API
 * the real wx / my lacks, no gateway failure on screen and no `disabled` on an enabled button; then a crawl taps every tappable element of
 * every page once.
 */
import assert from 'node:assert/strict'
import { afterEach, describe, test } from 'node:test'
import type { HostPage, MiniHost, MiniNode } from './host/host'
import { textOf } from './host/tree'
import { PLATFORMS, assertHealthy, assertNoTransportFailure, closeAll, openApp, strayDisabled, type Build } from './support'

afterEach(closeAll)

const BUILDS: Build[] = ['production', 'dev']

/** A tappable element's identity for the crawl: its place among tappables with the same class and text. */
function signature(node: MiniNode): string {
  return `${node.tag}.${node.className}|${textOf(node).slice(0, 40)}`
}

async function backTo(host: MiniHost, route: string): Promise<HostPage> {
  for (const modal of host.recorder.modals.splice(0)) modal.answer(false)
  await host.settle()
  if (host.current.route !== route || host.stack.length !== 1) {
    await host.navigate('reLaunch', `/${route}`)
    await host.settle()
  }
  return host.current
}

for (const platform of PLATFORMS) {
  for (const build of BUILDS) {
    describe(`${platform} ${build} build`, () => {
      test('every route of app.json renders on its own (as a shared link opens it)', async () => {
        const { host } = await openApp({ platform, build })
        const routes = host.routes
        assert.ok(routes.length >= 15, `app.json lists ${routes.length} routes`)
        for (const route of routes) {
          const { host: fresh, page } = await openApp({ platform, build, entry: route })
          await fresh.advance(1000)
          assert.equal(page.route, route)
          assert.ok(page.all().length > 3, `${route} rendered almost nothing:\n${page.outline()}`)
          assertHealthy(fresh, route)
          assertNoTransportFailure(page)
          assert.deepEqual(strayDisabled(page), [], `${route}: enabled buttons must carry no disabled`)
          fresh.dispose()
        }
      })

      test('a crawl taps every tappable element of every page once', async (t) => {
        const { host } = await openApp({ platform, build })
        let taps = 0
        for (const route of host.routes) {
          let page = await backTo(host, route)
          await host.advance(500)
          const tapped = new Set<string>()
          for (let guard = 0; guard < 60; guard++) {
            const next = page.bound('tap').find((n) => !tapped.has(signature(n)))
            if (!next) break
            tapped.add(signature(next))
            await page.tap(next)
            await host.advance(300)
            taps++
            assertHealthy(host, `${route} after tapping ${signature(next)}`)
            page = await backTo(host, route)
          }
        }
        t.diagnostic(`${taps} taps on ${host.routes.length} routes`)
        assert.ok(taps > 50, `only ${taps} taps`)
      })
    })
  }
}
