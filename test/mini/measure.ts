/**
 * What a page costs in the mini-program host, on the production builds with the mock gateway in Node
 * (persona level2): the setData calls and bytes of its first render, 亮码's countdown tick and code
 * refresh, and the next page of a paged list. npm run bench:mini prints them; budgets.test.ts holds them
 * to size-budgets.json. Counts and bytes are the same on every run; times are Node's on this machine.
 */
import { collectionWindow } from '@mock/data/pay'
import { DEFAULT_PERSONA_ID, TEST_ECARD_PASSWORD, findPersona } from '@mock/data/personas'
import type { MiniHost, Platform } from './host/host'
import { closeAll, go, keypad, openApp } from './support'

/** Pages that need a query to show their content. */
const QUERIES: Record<string, string> = {
  'outlets/list/index': '?city=kunming',
  'outlets/detail/index': '?city=kunming&id=km-civic',
  // Last year's payment of the resident: a paid order with its receipt.
  'pay/order/index': `?order=hist-${collectionWindow(findPersona(DEFAULT_PERSONA_ID)!, Date.now()).year - 1}-p-self`,
}
/** The URL that opens a route with its content. */
export const pageUrl = (route: string) => `/${route}${QUERIES[route] ?? ''}`
export const HOME = 'pages/home/index'
/** The lists that load page by page as the resident scrolls (usePagedRequest). */
export const PAGED_LISTS = ['records/contributions/index', 'records/medical/index']

export interface SetDataCost {
  calls: number
  bytes: number
}

export interface FirstRender extends SetDataCost {
  /** From navigation (from boot for the home page) to the first quiet moment. */
  ms: number
}

const costOf = (host: MiniHost, since = 0): SetDataCost => {
  const records = host.current.setDataLog.slice(since)
  return { calls: records.length, bytes: records.reduce((sum, r) => sum + r.bytes, 0) }
}

/** The routes of app.json, main package and sub-packages. */
export async function routesOf(platform: Platform): Promise<string[]> {
  const { host } = await openApp({ platform })
  const routes = host.routes
  closeAll()
  return routes
}

/** A page's first render in a fresh host: opened as the app opens it (the home page by the launch). */
export async function firstRender(platform: Platform, route: string): Promise<FirstRender> {
  const started = performance.now()
  const { host } = await openApp({ platform })
  let ms = performance.now() - started
  if (route !== HOME) {
    const navigated = performance.now()
    await go(host, pageUrl(route))
    ms = performance.now() - navigated
  }
  if (host.problems().length) throw new Error(`${platform} ${route}: ${host.problems().join('\n')}`)
  const cost = costOf(host)
  closeAll()
  return { ...cost, ms }
}

export interface CodeCost {
  /** One second of the countdown. */
  tick: SetDataCost
  /** The second in which the code is replaced before it expires. */
  refresh: SetDataCost
  /** From the password's last digit to the code painted on the canvas. */
  passwordToQrMs: number
  /** The refresh second, fetch and repaint included. */
  refreshMs: number
  fillRectsPerPaint: number
}

/** 亮码 (code/show) after the password: the code's paint, one countdown second and one refresh. */
export async function codeCost(platform: Platform): Promise<CodeCost> {
  const { host } = await openApp({ platform })
  await go(host, '/code/show/index')
  await keypad(host, TEST_ECARD_PASSWORD.slice(0, -1))
  const canvas = () => host.recorder.canvas(host.current, 'code-qr')
  // Each paint starts with the white quiet zone.
  const paints = () => canvas()?.ops.filter((o) => o.op === 'fillRect' && o.fillStyle === '#ffffff').length ?? 0
  const typed = performance.now()
  await keypad(host, TEST_ECARD_PASSWORD.slice(-1))
  for (let waited = 0; paints() === 0; waited += 10) {
    if (waited > 5000) throw new Error(`${platform}: no code painted after the password`)
    await host.advance(10)
  }
  const passwordToQrMs = performance.now() - typed
  let mark = host.current.setDataLog.length
  await host.advance(1000)
  const tick = costOf(host, mark)
  const before = paints()
  let refresh = { calls: 0, bytes: 0 }
  let refreshMs = 0
  for (let second = 0; second < 70 && paints() === before; second++) {
    mark = host.current.setDataLog.length
    const started = performance.now()
    await host.advance(1000)
    refreshMs = performance.now() - started
    refresh = costOf(host, mark)
  }
  if (paints() === before) throw new Error(`${platform}: the code was never refreshed`)
  const fillRectsPerPaint = Math.round((canvas()?.ops.filter((o) => o.op === 'fillRect').length ?? 0) / paints())
  closeAll()
  return { tick, refresh, passwordToQrMs, refreshMs, fillRectsPerPaint }
}

export interface NextPage extends SetDataCost {
  rowsBefore: number
  rowsAfter: number
  /** The payload paths of the next page's setData calls. */
  paths: string[]
}

/** A paged list's next page (onReachBottom) after its first page. */
export async function nextPage(platform: Platform, route: string): Promise<NextPage> {
  const { host } = await openApp({ platform })
  await go(host, `/${route}`)
  const rows = () => host.current.all((n) => n.className.split(' ').includes('records-list'))[0]?.children.length ?? 0
  const rowsBefore = rows()
  const mark = host.current.setDataLog.length
  await host.reachBottom()
  const paths = host.current.setDataLog.slice(mark).flatMap((r) => r.paths)
  const result = { ...costOf(host, mark), rowsBefore, rowsAfter: rows(), paths }
  closeAll()
  return result
}

export { median } from '../../scripts/lib/median'
