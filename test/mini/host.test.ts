/**
 * The host itself: an engine with ES built-ins only, wx / my exactly as the official typings list them,
 * the platform's routing rules and lifecycles, setData paths, event paths (bubbling, catch), the build's
 * templates, the canvas double. Each check here can fail: it is what the suites rely on.
 */
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import vm from 'node:vm'
import { afterEach, describe, test } from 'node:test'
import { CanvasNodeDouble } from './host/canvas'
import { eventPath, MiniHost, type Platform } from './host/host'
import { MEMBERS_FILE, readMembersFromTypings, serialiseMembers } from './host/members'
import { applySetData, parsePath } from './host/setdata'
import { readTemplates, type Template } from './host/templates'
import type { MiniNode } from './host/tree'
import { PLATFORMS, closeAll, go, openApp, outputDir } from './support'

afterEach(closeAll)

const WEB_APIS = [
  'TextEncoder',
  'TextDecoder',
  'URL',
  'URLSearchParams',
  'atob',
  'btoa',
  'structuredClone',
  'queueMicrotask',
  'fetch',
  'setImmediate',
  'process',
  'Buffer',
  'require',
  'window',
  'document',
  'XMLHttpRequest',
  'localStorage',
  'performance',
]
const typeIn = (host: MiniHost, name: string) => vm.runInContext(`typeof ${name}`, host.context) as string

describe('the engine', () => {
  test('WeChat: ES built-ins only, none of the web or Node APIs; Android has no Intl', () => {
    const ios = new MiniHost({ outputDir: outputDir('weapp', 'production'), platform: 'weapp' })
    const android = new MiniHost({ outputDir: outputDir('weapp', 'production'), platform: 'weapp', engine: 'android' })
    for (const name of [...WEB_APIS, 'navigator']) assert.equal(typeIn(ios, name), 'undefined', name)
    assert.equal(typeIn(ios, 'Intl'), 'object')
    assert.equal(typeIn(android, 'Intl'), 'undefined')
    assert.equal(typeIn(ios, 'Promise') + typeIn(ios, 'Map') + typeIn(ios, 'Proxy'), 'functionfunctionfunction')
    ios.dispose()
    android.dispose()
  })

  test('Alipay: the same, with a navigator that holds only the client’s user agent', () => {
    const host = new MiniHost({ outputDir: outputDir('alipay', 'production'), platform: 'alipay' })
    for (const name of WEB_APIS) assert.equal(typeIn(host, name), 'undefined', name)
    assert.equal(vm.runInContext('Object.keys(navigator).join()', host.context), 'userAgent')
    assert.match(String(vm.runInContext('navigator.userAgent', host.context)), /AlipayClient/)
    host.dispose()
  })

  test('the clock is virtual: Date and timers move only when the host moves them', async () => {
    const host = new MiniHost({ outputDir: outputDir('weapp', 'production'), platform: 'weapp', startTime: Date.UTC(2026, 0, 1) })
    vm.runInContext('globalThis.fired = []; setTimeout(() => fired.push(Date.now()), 60000); setInterval(() => fired.push("tick"), 25000)', host.context)
    assert.equal(vm.runInContext('Date.now()', host.context), Date.UTC(2026, 0, 1))
    assert.equal(vm.runInContext('new Date().getTime() === Date.now() && new Date(0).getTime() === 0 && new Date() instanceof Date', host.context), true)
    const fired = () => JSON.parse(vm.runInContext('JSON.stringify(fired)', host.context) as string) as unknown[]
    await host.advance(59_000)
    assert.deepEqual(fired(), ['tick', 'tick'])
    await host.advance(1_000)
    assert.deepEqual(fired(), ['tick', 'tick', Date.UTC(2026, 0, 1) + 60_000])
    host.dispose()
  })
})

describe('wx and my', () => {
  test('apiMembers.json is what the installed official typings declare (refresh: npx tsx test/mini/host/members.ts --write)', () => {
    assert.equal(readFileSync(MEMBERS_FILE, 'utf8'), serialiseMembers(readMembersFromTypings()))
  })

  for (const platform of PLATFORMS) {
    test(`${platform}: the host object has exactly the typings' members; an API it does not implement records the call and fails with an errMsg`, async () => {
      const { host } = await openApp({ platform })
      const global = platform === 'weapp' ? 'wx' : 'my'
      const members = JSON.parse(readFileSync(MEMBERS_FILE, 'utf8'))[global] as { functions: string[]; values: Record<string, unknown> }
      const own = Array.from(vm.runInContext(`Object.keys(${global})`, host.context) as string[]).filter(
        (k) => !['webpackJsonp', 'taroEventCenter'].includes(k),
      )
      assert.deepEqual(own.sort(), [...members.functions, ...Object.keys(members.values)].sort())
      assert.equal(vm.runInContext(`typeof ${global}.getFileSystemManagerr`, host.context), 'undefined')
      assert.ok(host.recorder.missingReads.has('getFileSystemManagerr'))

      vm.runInContext(`globalThis.failed = null; ${global}.chooseVideo({ fail: (e) => { failed = e } })`, host.context)
      await host.settle()
      const failed = JSON.parse(vm.runInContext('JSON.stringify(failed)', host.context) as string) as Record<string, unknown>
      assert.ok(platform === 'weapp' ? /^chooseVideo:fail/.test(String(failed.errMsg)) : typeof failed.error === 'number', JSON.stringify(failed))
      assert.deepEqual(host.recorder.unimplemented, ['chooseVideo'])
      assert.ok(host.problems().some((p) => p.includes('chooseVideo')))
    })
  }
})

for (const platform of PLATFORMS) {
  test(`${platform}: a call through Taro to an API the client lacks is a problem, even when the app catches the failure`, async () => {
    const { host } = await openApp({ platform, lacking: ['getLocation'] })
    await go(host, '/outlets/list/index?city=kunming')
    assert.ok(
      host.problems().some((p) => p.startsWith('call to a missing API') && p.includes('Taro.getLocation')),
      host.problems().join('\n'),
    )
    host.recorder.missingTaroApis.length = 0
  })
}

describe('routing and lifecycles (WeChat and Alipay rules)', () => {
  for (const platform of PLATFORMS) {
    test(`${platform}: routes, tab pages, the stack of 10, lifecycles in order`, async () => {
      const { host } = await openApp({ platform })
      assert.deepEqual(host.lifecycleLog, ['pages/home/index.onLoad', 'pages/home/index.onShow', 'pages/home/index.onReady'])
      assert.match(String(await host.navigate('navigateTo', '/pages/card/index')), /can not navigateTo a tabbar page/)
      assert.match(String(await host.navigate('navigateTo', '/nowhere/index')), /not found/)
      assert.match(String(await host.navigate('switchTab', '/records/index/index')), /no-tabBar page/)

      host.lifecycleLog.length = 0
      await go(host, '/records/index/index')
      assert.deepEqual(host.lifecycleLog, [
        'records/index/index.onLoad',
        'records/index/index.onShow',
        'pages/home/index.onHide',
        'records/index/index.onReady',
      ])
      for (let i = host.stack.length; i < 10; i++) await go(host, '/records/benefits/index')
      assert.equal(host.stack.length, 10)
      assert.match(String(await host.navigate('navigateTo', '/records/benefits/index')), /limit exceed/)

      host.lifecycleLog.length = 0
      await host.back()
      assert.deepEqual(host.lifecycleLog, ['records/benefits/index.onUnload', 'records/benefits/index.onShow'])

      const home = host.tabPages.get('pages/home/index')
      await host.tapTab('pages/me/index')
      assert.equal(host.stack.length, 1)
      assert.equal(host.tabPages.get('pages/home/index'), home, 'the home tab stays alive')
      host.lifecycleLog.length = 0
      await host.tapTab('pages/home/index')
      assert.deepEqual(host.lifecycleLog, ['pages/me/index.onHide', 'pages/home/index.onShow'])

      await go(host, '/records/index/index')
      host.lifecycleLog.length = 0
      assert.equal(await host.navigate('redirectTo', '/records/medical/index'), null)
      await host.settle()
      assert.deepEqual(host.lifecycleLog, [
        'records/index/index.onUnload',
        'records/medical/index.onLoad',
        'records/medical/index.onShow',
        'records/medical/index.onReady',
      ])
      assert.deepEqual(
        host.stack.map((p) => p.route),
        ['pages/home/index', 'records/medical/index'],
      )

      await host.background()
      await host.foreground()
      assert.deepEqual(host.lifecycleLog.slice(-2), ['records/medical/index.onHide', 'records/medical/index.onShow'])

      assert.equal(await host.navigate('reLaunch', '/code/scan/index'), null)
      await host.settle()
      assert.deepEqual(
        host.stack.map((p) => p.route),
        ['code/scan/index'],
      )
      assert.equal(host.tabPages.size, 0, 'reLaunch closes every page, tab pages too')
    })
  }
})

describe('setData, templates, events, canvas', () => {
  test('setData paths in the platform syntax', () => {
    assert.deepEqual(parsePath('root.cn.[0].cn.[2].v'), ['root', 'cn', 0, 'cn', 2, 'v'])
    assert.deepEqual(parsePath('list[1].name'), ['list', 1, 'name'])
    const data: Record<string, unknown> = { root: { cn: [{ v: 'a' }] } }
    const ignored = applySetData(data, { 'root.cn.[0].v': 'b', 'root.cn.[1]': { v: 'c', fn: () => 1 }, 'x.y[2]': 1, skipped: undefined })
    assert.deepEqual(JSON.parse(JSON.stringify(data)), { root: { cn: [{ v: 'b' }, { v: 'c' }] }, x: { y: [null, null, 1] } })
    assert.deepEqual(ignored, ['skipped'])
  })

  for (const platform of PLATFORMS as Platform[]) {
    test(`${platform}: templates are read from the build, aliases and prop names included`, () => {
      const templates = readTemplates(outputDir(platform, 'production'), platform)
      const text = [...templates.byName.values()].find((t) => t.tag === '#text')
      assert.ok(text, 'a text template')
      const input = [...templates.byName.values()].find((t) => t.tag === 'input')
      assert.ok(input)
      assert.equal(input.attributes.placeholder?.key.startsWith('p'), true)
      assert.equal(input.events.input, 'bind')
      assert.ok(
        [...templates.byName.values()].some((t) => t.variantPrefix),
        'the input picks a focus/blur variant',
      )
      const button = [...templates.byName.values()].find((t) => t.tag === 'button')
      assert.equal(button?.events.tap, 'bind')
      assert.equal(button?.events[platform === 'weapp' ? 'longpress' : 'longTap'], 'bind')
    })
  }

  test('event paths: the target and each binding ancestor, bubbling events only, up to a catch', () => {
    const template = (events: Template['events']): Template => ({ name: 't', tag: 'view', attributes: {}, events })
    const node = (name: string, events: Template['events'], parent?: MiniNode): MiniNode => {
      const n: MiniNode = { tag: 'view', sid: name, id: name, className: '', style: '', attributes: {}, children: [], parent, template: template(events) }
      parent?.children.push(n)
      return n
    }
    const page = node('page', {})
    page.tag = 'page'
    const outer = node('outer', { tap: 'bind', input: 'bind' }, page)
    const catcher = node('catcher', { tap: 'catch' }, outer)
    const middle = node('middle', {}, catcher)
    const inner = node('inner', { tap: 'bind', input: 'bind' }, middle)
    assert.deepEqual(
      eventPath(inner, 'tap', 'weapp').map((n) => n.sid),
      ['inner', 'catcher'],
    )
    assert.deepEqual(
      eventPath(middle, 'tap', 'weapp').map((n) => n.sid),
      ['catcher'],
    )
    assert.deepEqual(
      eventPath(inner, 'input', 'weapp').map((n) => n.sid),
      ['inner'],
      'input does not bubble',
    )
    catcher.template.events = { tap: 'bind' }
    assert.deepEqual(
      eventPath(inner, 'tap', 'alipay').map((n) => n.sid),
      ['inner', 'catcher', 'outer'],
    )
  })

  for (const platform of PLATFORMS) {
    test(`${platform}: input, confirm, blur and longpress reach eh as the platform's events`, async () => {
      const { host } = await openApp({ platform, entry: 'claim/wizard/index', persona: 'new' })
      const seen: { type: string; detail: unknown; current: string }[] = []
      const page = host.current
      const eh = page.instance.eh as (event: { type: string; detail: unknown; currentTarget: { id: string } }) => unknown
      page.instance.eh = (event: { type: string; detail: unknown; currentTarget: { id: string } }) => {
        seen.push({ type: event.type, detail: event.detail, current: event.currentTarget.id })
        return eh.call(page.instance, event)
      }
      await page.type('claim-name', '王')
      await page.confirm('claim-name')
      await page.longpress(page.control('下一步'))
      assert.deepEqual(
        seen.map((e) => `${e.type}@${e.current}`),
        [
          'focus@claim-name',
          'input@claim-name',
          'blur@claim-name',
          'confirm@claim-name',
          `${platform === 'weapp' ? 'longpress' : 'longTap'}@${page.control('下一步').id}`,
        ],
      )
      assert.deepEqual(seen[1].detail, { value: '王', cursor: 1, keyCode: '王'.charCodeAt(0) })
      assert.equal(page.input('claim-name').attributes.value, '王')
    })
  }

  test('a tap on the text inside a cell reaches the cell through bubbling (the app navigates)', async () => {
    const { host } = await openApp({ platform: 'weapp' })
    await go(host, '/records/index/index')
    const cell = host.current.control('缴费记录')
    const label = cell.children[0]
    assert.equal(label.template.events.tap, undefined, 'the label itself binds no tap')
    await host.current.tap(label)
    assert.equal(host.current.route, 'records/contributions/index')
  })

  test('the canvas double replays fills into pixels', () => {
    const canvas = new CanvasNodeDouble(4, 4, { setTimeout: () => 0, clearTimeout: () => undefined })
    const context = canvas.getContext('2d') as Record<string, unknown> & { fillRect(x: number, y: number, w: number, h: number): void }
    context.fillStyle = '#fff'
    context.fillRect(0, 0, 4, 4)
    context.fillStyle = 'rgb(0, 0, 0)'
    context.fillRect(1, 1, 2, 1)
    const { data } = canvas.rasterise()
    assert.deepEqual([...data.slice(0, 4)], [255, 255, 255, 255])
    assert.deepEqual([...data.slice((1 * 4 + 1) * 4, (1 * 4 + 1) * 4 + 4)], [0, 0, 0, 255])
    assert.equal(canvas.getContext('webgl'), null)
  })
})
