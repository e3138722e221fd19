/**
 * A WeChat / Alipay mini-program host in Node for a built Taro output (dist/weapp, dist/alipay and their
 * -dev twins). It runs the output's own JS in a fresh `vm` context that holds ES built-ins only, with:
 * `wx` / `my` built from the official typings' member names (./apis.ts), App / Page / Component /
 * getApp / getCurrentPages, the output's module loader, the platform's routing rules and page
 * lifecycles, setData applied by path and decoded with the build's own templates (./templates.ts,
 * ./tree.ts), events dispatched as the native layer does, a virtual clock (./clock.ts), and a watch on
 * Taro's API object for APIs the platform lacks (./taroWatch.ts).
 *
 * What it proves: the JS half (boot, rendered tree, events, platform APIs). What it cannot: WXSS layout
 * and paint, and the speed of a phone's engine.
 */
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import vm from 'node:vm'
import { createApis, type ApiRecorder, type HostDevice } from './apis'
import { FAKE_DATE_SOURCE, VirtualClock } from './clock'
import { applySetData, payloadBytes } from './setdata'
import { readTemplates, type Platform, type Templates } from './templates'
import { ancestry, decodeTree, descendants, outline, textOf, type MiniNode, type NodeData } from './tree'

export type { Platform } from './templates'
export type { MiniNode } from './tree'

/** iOS engines have Intl; WeChat's engine on Android has none (glass-easel issue 270). */
export type Engine = 'ios' | 'android'

export interface NetworkRequest {
  url: string
  method: string
  headers: Record<string, string>
  body?: string
}
export type NetworkAnswer = { kind: 'response'; status: number; headers: Record<string, string>; body: string } | { kind: 'offline' } | { kind: 'timeout' }

export interface HostOptions {
  outputDir: string
  platform: Platform
  engine?: Engine
  /** The server behind wx.request / my.request (production builds); without it every request fails offline. */
  network?: (request: NetworkRequest) => Promise<NetworkAnswer>
  /** Virtual start time (ms since epoch). */
  startTime?: number
  /** Launch page and query, e.g. 'pages/home/index?city=kunming'; default: the first page of app.json. */
  entry?: string
  device?: Partial<HostDevice>
  /** Members of wx / my to take away (an older client): a call to one must show as a problem. */
  lacking?: string[]
}

interface AppJson {
  pages: string[]
  subPackages?: { root: string; pages: string[] }[]
  subpackages?: { root: string; pages: string[] }[]
  tabBar?: { list?: { pagePath: string; text: string }[]; items?: { pagePath: string; name: string }[] }
}

type Lifecycle = 'onLoad' | 'onShow' | 'onReady' | 'onHide' | 'onUnload'
type PageConfig = Record<string, unknown> & { data?: Record<string, unknown> }
type Callable = (...args: unknown[]) => unknown

export interface SetDataRecord {
  route: string
  bytes: number
  /** The payload's data paths (`root.cn.[0].cn.[2]`). */
  paths: string[]
  at: number
}

/** WeChat bubbles these (the rest only reach the element itself); Alipay's names differ. */
const BUBBLING: Record<Platform, Set<string>> = {
  weapp: new Set([
    'touchstart',
    'touchmove',
    'touchcancel',
    'touchend',
    'tap',
    'longpress',
    'longtap',
    'transitionend',
    'animationstart',
    'animationiteration',
    'animationend',
    'touchforcechange',
  ]),
  alipay: new Set(['touchStart', 'touchMove', 'touchEnd', 'touchCancel', 'tap', 'longTap']),
}
/** The host's event names (WeChat's) → the platform's. */
const EVENT_NAMES: Record<Platform, Record<string, string>> = {
  weapp: {},
  alipay: { longpress: 'longTap', touchstart: 'touchStart', touchend: 'touchEnd', touchmove: 'touchMove', touchcancel: 'touchCancel' },
}
const STACK_LIMIT = 10

export class HostPage {
  readonly setDataLog: SetDataRecord[] = []
  lifecycle: Lifecycle[] = []
  title: string

  constructor(
    readonly host: MiniHost,
    readonly route: string,
    readonly query: Record<string, string>,
    readonly instance: Record<string, unknown> & { data: Record<string, unknown> },
    readonly config: Record<string, unknown>,
  ) {
    this.title = String(config.navigationBarTitleText ?? config.defaultTitle ?? '')
  }

  get alive(): boolean {
    return !this.lifecycle.includes('onUnload')
  }

  tree(): MiniNode {
    return decodeTree(this.instance.data.root as NodeData | undefined, this.host.templates)
  }

  text(): string {
    return textOf(this.tree())
  }

  outline(): string {
    return outline(this.tree())
  }

  all(predicate: (node: MiniNode) => boolean = () => true): MiniNode[] {
    return [...descendants(this.tree())].filter(predicate)
  }

  /** Elements that bind `event` (tap by default), in document order. */
  bound(event = 'tap'): MiniNode[] {
    const name = this.host.eventName(event)
    return this.all((n) => n.template.events[name] !== undefined)
  }

  /** The innermost element binding `event` whose text is `label` (else contains it, or matches the RegExp). */
  control(label: string | RegExp, event = 'tap'): MiniNode {
    const bound = this.bound(event)
    const exact = typeof label === 'string' ? bound.filter((n) => textOf(n).trim() === label) : []
    const matches = exact.length ? exact : bound.filter((n) => (typeof label === 'string' ? textOf(n).includes(label) : label.test(textOf(n))))
    const innermost = matches.filter((n) => !matches.some((m) => m !== n && ancestry(m).includes(n)))
    if (innermost.length === 0) throw new Error(`no element binding ${event} with text ${String(label)} on ${this.route}:\n${this.outline()}`)
    return innermost[0]
  }

  has(text: string | RegExp): boolean {
    const all = this.text()
    return typeof text === 'string' ? all.includes(text) : text.test(all)
  }

  inputs(): MiniNode[] {
    return this.all((n) => n.tag === 'input' || n.tag === 'textarea')
  }

  /** An input by its id, its placeholder, or its index among the page's inputs. */
  input(which: string | number): MiniNode {
    const inputs = this.inputs()
    const found =
      typeof which === 'number'
        ? inputs[which]
        : (inputs.find((n) => n.id === which) ?? inputs.find((n) => String(n.attributes.placeholder ?? '').includes(which)))
    if (!found) throw new Error(`no input ${String(which)} on ${this.route}; inputs: ${inputs.map((n) => n.attributes.placeholder).join(' | ')}`)
    return found
  }

  byId(id: string): MiniNode | undefined {
    return this.all((n) => n.id === id)[0]
  }

  async tap(target: MiniNode | string | RegExp): Promise<void> {
    const node = typeof target === 'object' && !(target instanceof RegExp) ? target : this.control(target)
    await this.host.dispatch(this, node, 'tap', { x: 10, y: 10 })
  }

  async longpress(target: MiniNode | string | RegExp): Promise<void> {
    const node = typeof target === 'object' && !(target instanceof RegExp) ? target : this.control(target, 'longpress')
    await this.host.dispatch(this, node, 'longpress', { x: 10, y: 10 })
  }

  /** Types into an input key by key (each keystroke an input event with the value so far), as a keyboard does. */
  async type(target: MiniNode | string | number, text: string, { blur = true }: { blur?: boolean } = {}): Promise<void> {
    let node = typeof target === 'object' ? target : this.input(target)
    const sid = node.sid
    const refresh = () => this.all((n) => n.sid === sid)[0] ?? node
    await this.host.dispatch(this, node, 'focus', { value: String(node.attributes.value ?? ''), height: 0 })
    let value = ''
    for (const char of text) {
      node = refresh()
      // The native input takes no key past its maxlength.
      const max = Number(node.attributes.maxlength ?? 140)
      if (max >= 0 && value.length >= max) break
      value += char
      await this.host.dispatch(this, node, 'input', { value, cursor: value.length, keyCode: value.charCodeAt(value.length - 1) })
    }
    if (blur) await this.host.dispatch(this, refresh(), 'blur', { value: String(refresh().attributes.value ?? value), cursor: value.length })
  }

  /** Pastes into an input: one input event with the whole text, less what the input's maxlength refuses (as the native input does). */
  async paste(target: MiniNode | string | number, text: string): Promise<void> {
    const node = typeof target === 'object' ? target : this.input(target)
    const max = Number(node.attributes.maxlength ?? 140)
    const value = max >= 0 ? text.slice(0, max) : text
    await this.host.dispatch(this, node, 'focus', { value: String(node.attributes.value ?? ''), height: 0 })
    await this.host.dispatch(this, node, 'input', { value, cursor: value.length, keyCode: 0 })
  }

  async confirm(target: MiniNode | string | number): Promise<void> {
    const node = typeof target === 'object' ? target : this.input(target)
    await this.host.dispatch(this, node, 'confirm', { value: String(node.attributes.value ?? '') })
  }

  async change(node: MiniNode, detail: Record<string, unknown>): Promise<void> {
    await this.host.dispatch(this, node, 'change', detail)
  }

  /** Bytes of all setData payloads so far. */
  setDataBytes(): number {
    return this.setDataLog.reduce((sum, r) => sum + r.bytes, 0)
  }
}

export class MiniHost {
  readonly platform: Platform
  readonly engine: Engine
  readonly outputDir: string
  readonly templates: Templates
  readonly clock: VirtualClock
  readonly appJson: AppJson
  readonly context: vm.Context
  readonly recorder: ApiRecorder
  /** The phone the APIs describe; a test may change it (a font setting) and bring the app back to the foreground. */
  readonly device: HostDevice
  /** Uncaught errors (thrown in a lifecycle, an event handler or a timer; unhandled rejections; App.onError). */
  readonly errors: string[] = []
  readonly console: { level: string; text: string }[] = []
  /** The page stack, bottom first; tab pages that are alive but not in the stack are kept in `tabPages`. */
  readonly stack: HostPage[] = []
  readonly tabPages = new Map<string, HostPage>()
  readonly lifecycleLog: string[] = []
  private readonly modules = new Map<string, { exports: unknown }>()
  private readonly pageConfigs = new Map<string, PageConfig>()
  private loadingRoute: string | null = null
  private app: Record<string, unknown> | null = null
  private readonly options: HostOptions
  private readonly onRejection = (reason: unknown) => this.errors.push(`unhandled rejection: ${describe(reason)}`)
  private navigating: Promise<unknown> = Promise.resolve()

  constructor(options: HostOptions) {
    this.options = options
    this.platform = options.platform
    this.engine = options.engine ?? 'ios'
    this.outputDir = path.resolve(options.outputDir)
    if (!existsSync(path.join(this.outputDir, 'app.js'))) throw new Error(`${this.outputDir} has no app.js: build it first`)
    this.appJson = JSON.parse(readFileSync(path.join(this.outputDir, 'app.json'), 'utf8')) as AppJson
    this.templates = readTemplates(this.outputDir, this.platform)
    if ([...this.templates.byName.values()].some((t) => t.tag === 'custom-wrapper'))
      throw new Error('the build uses CustomWrapper, whose own setData the host does not run')
    this.clock = new VirtualClock(options.startTime ?? Date.UTC(2026, 10, 21, 2, 0, 0), (error) => this.uncaught(error))
    this.context = vm.createContext({}, { name: `${this.platform} mini-program` })
    const global = this.context as Record<string, unknown>
    if (this.engine === 'android') vm.runInContext('delete globalThis.Intl', this.context)
    global.Date = (vm.runInContext(FAKE_DATE_SOURCE, this.context) as (real: unknown, now: () => number) => unknown)(
      vm.runInContext('Date', this.context),
      this.clock.now,
    )
    global.setTimeout = this.clock.setTimeout
    global.clearTimeout = this.clock.clearTimeout
    global.setInterval = this.clock.setInterval
    global.clearInterval = this.clock.clearInterval
    global.console = this.makeConsole()
    const apis = createApis(this, options.device ?? {}, options.lacking)
    this.recorder = apis.recorder
    this.device = apis.device
    global[this.platform === 'weapp' ? 'wx' : 'my'] = apis.api
    // Alipay's engine has a navigator with the client's user agent (Taro's Alipay runtime reads it at load).
    if (this.platform === 'alipay')
      global.navigator = {
        userAgent:
          'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 AlipayClient/10.6.0 Language/zh-Hans',
      }
    global.App = (config: Record<string, unknown>) => {
      this.app = config
    }
    global.Page = (config: PageConfig) => {
      if (!this.loadingRoute) throw new Error('Page() called outside a page file')
      this.pageConfigs.set(this.loadingRoute, config)
    }
    // Taro registers its recursive `comp` for deep trees; its data comes from the page, so it needs no
    // instance here. (A CustomWrapper would: it has its own setData. The app uses none.)
    global.Component = () => undefined
    global.getApp = () => this.app
    global.getCurrentPages = () => this.stack.map((p) => p.instance)
    global.requirePlugin = () => {
      throw new Error('requirePlugin: the app uses no plugin')
    }
    process.on('unhandledRejection', this.onRejection)
  }

  dispose(): void {
    process.off('unhandledRejection', this.onRejection)
  }

  get network() {
    return this.options.network
  }

  eventName(event: string): string {
    return EVENT_NAMES[this.platform][event] ?? event
  }

  /** Tab pages of app.json. */
  get tabs(): string[] {
    const bar = this.appJson.tabBar
    return (bar?.list ?? bar?.items ?? []).map((t) => t.pagePath)
  }

  /** Every route of app.json: main package and sub-packages. */
  get routes(): string[] {
    const subs = this.appJson.subPackages ?? this.appJson.subpackages ?? []
    return [...this.appJson.pages, ...subs.flatMap((s) => s.pages.map((p) => `${s.root}/${p}`))]
  }

  get current(): HostPage {
    const top = this.stack[this.stack.length - 1]
    if (!top) throw new Error('no page is open')
    return top
  }

  uncaught(error: unknown): void {
    this.errors.push(describe(error))
    const onError = this.app?.onError
    if (typeof onError === 'function') {
      try {
        ;(onError as Callable).call(this.app, describe(error))
      } catch (inner) {
        this.errors.push(`App.onError threw: ${describe(inner)}`)
      }
    }
  }

  private makeConsole() {
    const log =
      (level: string) =>
      (...args: unknown[]) =>
        this.console.push({ level, text: args.map((a) => (typeof a === 'string' ? a : describe(a))).join(' ') })
    return {
      log: log('log'),
      info: log('info'),
      debug: log('debug'),
      warn: log('warn'),
      error: log('error'),
      trace: log('trace'),
      group: log('group'),
      groupEnd: log('groupEnd'),
      time: () => undefined,
      timeEnd: () => undefined,
    }
  }

  /** Console errors and Taro's "小程序暂不支持 x" warnings (a call to an API the platform lacks). */
  problems(): string[] {
    const missing = this.console.filter((c) => c.level === 'warn' && c.text.includes('暂不支持')).map((c) => `call to a missing API: ${c.text}`)
    const errors = this.console.filter((c) => c.level === 'error').map((c) => `console.error: ${c.text}`)
    const viaTaro = this.recorder.missingTaroApis.map(
      (name) => `call to a missing API: Taro.${name} (the real ${this.platform === 'weapp' ? 'wx' : 'my'} has no ${name})`,
    )
    const unimplemented = this.recorder.unimplemented.map((name) => `call to ${name}, which the host does not implement`)
    return [...this.errors.map((e) => `uncaught: ${e}`), ...errors, ...missing, ...viaTaro, ...unimplemented]
  }

  // ---- modules ----------------------------------------------------------------------------------

  require(fromFile: string, request: string): unknown {
    let file = path.posix.normalize(path.posix.join(path.posix.dirname(fromFile), request))
    if (!file.endsWith('.js')) file += '.js'
    const cached = this.modules.get(file)
    if (cached) return cached.exports
    const absolute = path.join(this.outputDir, file)
    if (!existsSync(absolute)) throw new Error(`module ${file} (required from ${fromFile}) is not in the output`)
    const module = { exports: {} as unknown }
    this.modules.set(file, module)
    const wrapper = new vm.Script(`(function (require, module, exports) {${readFileSync(absolute, 'utf8')}\n})`, { filename: absolute })
    const run = wrapper.runInContext(this.context) as (require: (r: string) => unknown, module: { exports: unknown }, exports: unknown) => void
    run((r) => this.require(file, r), module, module.exports)
    return module.exports
  }

  // ---- time -------------------------------------------------------------------------------------

  /** Lets promise jobs and the host's own callbacks run. */
  async flush(): Promise<void> {
    for (let i = 0; i < 3; i++) await new Promise<void>((resolve) => setImmediate(resolve))
  }

  /**
   * Runs what is due now and soon (timers within `horizonMs` of the moment, with promise jobs in
   * between) until nothing is left that near: a render, a request and its answer, navigation. A timer
   * further away (a countdown's next second, a poll) is the future: `advance` gets there.
   */
  async settle(horizonMs = 120): Promise<void> {
    const limit = this.clock.now() + 30_000
    for (;;) {
      await this.flush()
      await this.navigating
      const due = this.clock.nextDue()
      if (due === undefined || due > this.clock.now() + horizonMs) break
      if (due > limit) throw new Error('the app never comes to rest: timers keep firing within 120 ms for 30 s')
      this.clock.runNext(due)
    }
  }

  /** Moves the clock `ms` forward, running every timer due on the way, then settles. */
  async advance(ms: number): Promise<void> {
    const target = this.clock.now() + ms
    for (;;) {
      await this.flush()
      const due = this.clock.nextDue()
      if (due === undefined || due > target) break
      this.clock.runNext(due)
    }
    this.clock.runNext(target)
    await this.settle()
  }

  // ---- app and pages -------------------------------------------------------------------------------

  /** Boots app.js (App.onLaunch, App.onShow) and opens the entry page. */
  async launch(): Promise<HostPage> {
    const [route, query] = splitUrl(this.options.entry ?? this.appJson.pages[0])
    try {
      this.require('', 'app.js')
    } catch (error) {
      this.uncaught(error)
      throw error
    }
    if (!this.app) throw new Error('app.js did not call App()')
    const options = { path: route, query, scene: 1001, referrerInfo: {} }
    this.callApp('onLaunch', options)
    this.callApp('onShow', options)
    await this.open(route, query)
    await this.settle()
    return this.current
  }

  private callApp(name: string, ...args: unknown[]): void {
    const fn = this.app?.[name]
    if (typeof fn !== 'function') return
    try {
      ;(fn as Callable).apply(this.app, args)
    } catch (error) {
      this.uncaught(error)
    }
  }

  /** The app goes to the background (home button, another app) and comes back. */
  async background(): Promise<void> {
    this.callLifecycle(this.current, 'onHide')
    this.callApp('onHide')
    await this.settle()
  }

  async foreground(): Promise<void> {
    const shown = { path: this.current.route, query: this.current.query, scene: 1001 }
    this.callApp('onShow', shown)
    for (const listener of this.recorder.appShow) listener(shown)
    this.callLifecycle(this.current, 'onShow')
    await this.settle()
  }

  private pageConfigFor(route: string): PageConfig {
    let config = this.pageConfigs.get(route)
    if (!config) {
      this.loadingRoute = route
      try {
        this.require('', `${route}.js`)
      } finally {
        this.loadingRoute = null
      }
      config = this.pageConfigs.get(route)
      if (!config) throw new Error(`${route}.js did not call Page()`)
    }
    return config
  }

  private createPage(route: string, query: Record<string, string>): HostPage {
    const config = this.pageConfigFor(route)
    const json = JSON.parse(readFileSync(path.join(this.outputDir, `${route}.json`), 'utf8')) as Record<string, unknown>
    const instance: Record<string, unknown> & { data: Record<string, unknown> } = { data: {} }
    for (const [key, value] of Object.entries(config)) if (key !== 'data') instance[key] = value
    instance.data = JSON.parse(JSON.stringify(config.data ?? {})) as Record<string, unknown>
    instance.route = route
    instance.options = query
    if (this.platform === 'weapp') instance.__route__ = route
    const page = new HostPage(this, route, query, instance, json)
    instance.setData = (payload: Record<string, unknown>, callback?: () => void) => this.setData(page, payload, callback)
    if (this.platform === 'alipay') {
      instance.$spliceData = () => {
        throw new Error('$spliceData is not used by Taro')
      }
    }
    instance.createSelectorQuery = () => this.recorder.selectorQuery(page)
    return page
  }

  private setData(page: HostPage, payload: Record<string, unknown>, callback?: () => void): void {
    // A page that has gone ignores setData, as the platform does (Taro's last unmount render lands here).
    if (!page.alive) return
    page.setDataLog.push({ route: page.route, bytes: payloadBytes(payload), paths: Object.keys(payload), at: this.clock.now() })
    for (const ignored of applySetData(page.instance.data, payload))
      this.console.push({ level: 'warn', text: `setData: "${ignored}" set to undefined is ignored` })
    try {
      page.tree()
    } catch (error) {
      this.errors.push(describe(error))
    }
    // The render layer answers asynchronously.
    if (typeof callback === 'function') this.clock.setTimeout(() => callback.call(page.instance), 0)
  }

  callLifecycle(page: HostPage, name: Lifecycle, ...args: unknown[]): void {
    page.lifecycle.push(name)
    this.lifecycleLog.push(`${page.route}.${name}`)
    const fn = page.instance[name]
    if (typeof fn !== 'function') return
    try {
      ;(fn as Callable).apply(page.instance, args)
    } catch (error) {
      this.uncaught(error)
    }
  }

  /** Calls a page method the native layer calls (onReachBottom, onPullDownRefresh, onTabItemTap…). */
  async callPage(name: string, ...args: unknown[]): Promise<void> {
    const fn = this.current.instance[name]
    if (typeof fn !== 'function') throw new Error(`${this.current.route} has no ${name}`)
    try {
      ;(fn as Callable).apply(this.current.instance, args)
    } catch (error) {
      this.uncaught(error)
    }
    await this.settle()
  }

  /** The user scrolls to the bottom of the page. */
  reachBottom(): Promise<void> {
    return this.callPage('onReachBottom')
  }

  /** The user pulls the page down; refused (as on a phone) unless the page's json enables it. */
  pullDownRefresh(): Promise<void> {
    const enabled = this.platform === 'weapp' ? this.current.config.enablePullDownRefresh : this.current.config.pullRefresh
    if (!enabled) throw new Error(`${this.current.route} does not enable pull-down refresh in its json`)
    return this.callPage('onPullDownRefresh')
  }

  private async open(route: string, query: Record<string, string>): Promise<HostPage> {
    const tab = this.tabs.includes(route)
    const page = this.createPage(route, query)
    this.stack.push(page)
    if (tab) this.tabPages.set(route, page)
    this.callLifecycle(page, 'onLoad', query)
    this.callLifecycle(page, 'onShow')
    // The render layer reports the first render; Taro then waits for its own first setData.
    this.clock.setTimeout(() => this.callLifecycle(page, 'onReady'), 0)
    return page
  }

  private unload(page: HostPage): void {
    if (this.tabPages.get(page.route) === page) this.tabPages.delete(page.route)
    this.callLifecycle(page, 'onUnload')
  }

  /**
   * The routing APIs. `kind` is the API; the url is checked against app.json as the platform does. Resolves
   * with the errMsg of a refusal, or null.
   */
  async navigate(kind: 'navigateTo' | 'redirectTo' | 'reLaunch' | 'switchTab' | 'navigateBack', url: string | undefined, delta = 1): Promise<string | null> {
    const run = async (): Promise<string | null> => {
      if (kind === 'navigateBack') {
        if (this.stack.length <= 1) return null
        const count = Math.min(Math.max(1, delta), this.stack.length - 1)
        for (let i = 0; i < count; i++) {
          const top = this.stack.pop() as HostPage
          if (this.tabs.includes(top.route)) this.callLifecycle(top, 'onHide')
          else this.unload(top)
        }
        this.callLifecycle(this.current, 'onShow')
        return null
      }
      const [rawRoute, query] = splitUrl(url ?? '')
      const route = rawRoute.replace(/^\//, '')
      if (!this.routes.includes(route)) return `${kind}:fail page "${route}" is not found`
      const tab = this.tabs.includes(route)
      if ((kind === 'navigateTo' || kind === 'redirectTo') && tab) return `${kind}:fail can not ${kind} a tabbar page`
      if (kind === 'switchTab' && !tab) return 'switchTab:fail can not switch to no-tabBar page'
      if (kind === 'navigateTo' && this.stack.length >= STACK_LIMIT) return 'navigateTo:fail webview count limit exceed'
      const previous = this.stack[this.stack.length - 1]
      if (kind === 'navigateTo') {
        await this.open(route, query)
        if (previous) this.callLifecycle(previous, 'onHide')
        return null
      }
      if (kind === 'redirectTo') {
        this.stack.pop()
        if (previous) this.unload(previous)
        await this.open(route, query)
        return null
      }
      if (kind === 'reLaunch') {
        while (this.stack.length) {
          const top = this.stack.pop() as HostPage
          this.unload(top)
        }
        for (const kept of [...this.tabPages.values()]) this.unload(kept)
        await this.open(route, query)
        return null
      }
      // switchTab: pages above the tabs are closed; tab pages stay alive.
      while (this.stack.length) {
        const top = this.stack.pop() as HostPage
        if (this.tabs.includes(top.route)) {
          if (top.route !== route) this.callLifecycle(top, 'onHide')
        } else this.unload(top)
      }
      const alive = this.tabPages.get(route)
      if (alive) {
        this.stack.push(alive)
        if (previous?.route !== route) this.callLifecycle(alive, 'onShow')
      } else await this.open(route, {})
      return null
    }
    const result = this.navigating.then(run)
    this.navigating = result.catch(() => null)
    return result
  }

  /** The user taps an item of the native tab bar. */
  async tapTab(route: string): Promise<HostPage> {
    if (!this.tabs.includes(route)) throw new Error(`${route} is not in the tab bar`)
    const onTabItemTap = this.tabPages.get(route)?.instance.onTabItemTap
    if (typeof onTabItemTap === 'function' && this.current.route === route)
      (onTabItemTap as Callable).call(this.current.instance, { index: this.tabs.indexOf(route), pagePath: route, text: '' })
    await this.navigate('switchTab', `/${route}`)
    await this.settle()
    return this.current
  }

  /** The navigation bar's back arrow (or Android's back key). */
  async back(): Promise<HostPage> {
    await this.navigate('navigateBack', undefined, 1)
    await this.settle()
    return this.current
  }

  // ---- events -----------------------------------------------------------------------------------

  /**
   * Dispatches a native event at `node` as the platform does: the page's `eh` on the node and then on
   * each ancestor whose template binds the event (bubbling events only), innermost first, stopping at a
   * catch binding.
   */
  async dispatch(page: HostPage, node: MiniNode, event: string, detail: Record<string, unknown>): Promise<void> {
    if (page !== this.current) throw new Error(`${page.route} is not the page on screen (${this.current.route} is)`)
    const type = this.eventName(event)
    const handlers = eventPath(node, type, this.platform)
    if (handlers.length === 0) throw new Error(`<${node.tag}> ${JSON.stringify(textOf(node))} on ${page.route} binds no ${type} handler, nor does any ancestor`)
    const eh = page.instance.eh as Callable
    for (const current of handlers) {
      try {
        eh.call(page.instance, this.nativeEvent(type, node, current, detail))
      } catch (error) {
        this.uncaught(error)
      }
    }
    await this.settle()
  }

  private nativeEvent(type: string, target: MiniNode, current: MiniNode, detail: Record<string, unknown>) {
    const base = { type, timeStamp: this.clock.now(), detail, touches: [], changedTouches: [] }
    if (this.platform === 'weapp') {
      return {
        ...base,
        target: { id: target.id, offsetLeft: 0, offsetTop: 0, dataset: { sid: target.sid } },
        currentTarget: { id: current.id, offsetLeft: 0, offsetTop: 0, dataset: { sid: current.sid } },
        mark: {},
        mut: false,
      }
    }
    // Alipay: target.dataset is the bound element's; targetDataset is the element the finger was on.
    return {
      ...base,
      target: { id: target.id, tagName: target.tag, dataset: { sid: current.sid }, targetDataset: { sid: target.sid } },
      currentTarget: { id: current.id, tagName: current.tag, dataset: { sid: current.sid } },
    }
  }
}

/**
 * The elements whose `eh` a native event reaches, in order: the target and (bubbling events only) its
 * ancestors, each one whose template binds the event, up to and including the first catch binding.
 */
export function eventPath(target: MiniNode, type: string, platform: Platform): MiniNode[] {
  const path: MiniNode[] = []
  for (const node of BUBBLING[platform].has(type) ? ancestry(target) : [target]) {
    const binding = node.template.events[type]
    if (!binding) continue
    path.push(node)
    if (binding === 'catch') break
  }
  return path
}

export function splitUrl(url: string): [string, Record<string, string>] {
  const [route, search = ''] = url.split('?')
  const query: Record<string, string> = {}
  for (const part of search.split('&')) {
    if (!part) continue
    const [key, value = ''] = part.split('=')
    query[key] = value
  }
  return [route.replace(/^\//, ''), query]
}

export function describe(value: unknown): string {
  if (value && typeof value === 'object' && 'stack' in value && typeof (value as { stack: unknown }).stack === 'string')
    return (value as { stack: string }).stack.split('\n').slice(0, 4).join('\n')
  if (value && typeof value === 'object') {
    try {
      return JSON.stringify(value)
    } catch {
      return String(value)
    }
  }
  return String(value)
}
