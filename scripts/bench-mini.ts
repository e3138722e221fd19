/**
 * npm run bench:mini — what each page costs in the mini-program host (test/mini/host), per platform, on
 * the production builds with the mock gateway in Node (persona level2): the time from navigation to the
 * first quiet moment (no timer due within 120 ms; median of BENCH_RUNS runs, default 5, each in a fresh
 * host), and the number and bytes of setData calls until then. setData volume is what makes a page slow on
 * a phone; the host's times are Node's, not a phone's, so compare them with each other, not with devices.
 * For 亮码: the bytes of one countdown tick and of one code refresh.
 * Builds dist/weapp and dist/alipay first unless BENCH_SKIP_BUILD=1 and they exist. Prints a table and
 * writes bench-results/mini.json. Usage: npm run bench:mini [-- route filter]
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { TEST_ECARD_PASSWORD } from '../mock/data/personas'
import type { Platform } from '../test/mini/host/host'
import { PLATFORMS, ROOT, closeAll, go, keypad, openApp, outputDir } from '../test/mini/support'

process.env.TZ = 'Asia/Shanghai'
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 5))
const filter = process.argv[2]
/** Pages that need a query to show their content. */
const QUERIES: Record<string, string> = { 'outlets/list/index': '?city=kunming', 'outlets/detail/index': '?city=kunming&id=km-civic' }

interface Row {
  platform: Platform
  page: string
  firstRenderMs: number
  setDataCalls: number
  setDataBytes: number
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

async function measurePage(platform: Platform, route: string): Promise<Row> {
  const times: number[] = []
  let calls = 0
  let bytes = 0
  for (let run = 0; run < RUNS; run++) {
    const isHome = route === 'pages/home/index'
    const started = performance.now()
    const { host } = await openApp({ platform })
    let elapsed = performance.now() - started
    if (!isHome) {
      const navigated = performance.now()
      await go(host, `/${route}${QUERIES[route] ?? ''}`)
      elapsed = performance.now() - navigated
    }
    if (host.problems().length) throw new Error(`${platform} ${route}: ${host.problems().join('\n')}`)
    times.push(elapsed)
    calls = host.current.setDataLog.length
    bytes = host.current.setDataBytes()
    closeAll()
  }
  return { platform, page: route, firstRenderMs: median(times), setDataCalls: calls, setDataBytes: bytes }
}

/** 亮码: bytes of one countdown second and of the refresh that replaces the code before it expires. */
async function measureCode(platform: Platform) {
  const { host } = await openApp({ platform })
  await go(host, '/code/show/index')
  await keypad(host, TEST_ECARD_PASSWORD)
  const log = () => host.current.setDataLog
  const bytesSince = (index: number) =>
    log()
      .slice(index)
      .reduce((sum, r) => sum + r.bytes, 0)
  let mark = log().length
  await host.advance(1000)
  const tick = { calls: log().length - mark, bytes: bytesSince(mark) }
  const canvas = host.recorder.canvas(host.current, 'code-qr')
  const paints = () => canvas?.ops.filter((o) => o.op === 'fillRect' && o.fillStyle === '#ffffff').length ?? 0
  const before = paints()
  let refresh = { calls: 0, bytes: 0 }
  for (let second = 0; second < 70 && paints() === before; second++) {
    mark = log().length
    await host.advance(1000)
    refresh = { calls: log().length - mark, bytes: bytesSince(mark) }
  }
  if (paints() === before) throw new Error(`${platform}: the code was never refreshed`)
  const fills = canvas?.ops.filter((o) => o.op === 'fillRect').length ?? 0
  closeAll()
  return { platform, tick, refresh, fillRectsPerPaint: Math.round(fills / paints()) }
}

function ensureBuilds() {
  const built = PLATFORMS.every((p) => existsSync(path.join(outputDir(p, 'production'), 'app.js')))
  if (process.env.BENCH_SKIP_BUILD === '1' && built) return
  const result = spawnSync(process.execPath, ['test/mini/run.mjs', '--build-only', '--production'], { cwd: ROOT, stdio: 'inherit' })
  if (result.status !== 0) process.exit(result.status ?? 1)
}

async function main() {
  ensureBuilds()
  const rows: Row[] = []
  const code: Awaited<ReturnType<typeof measureCode>>[] = []
  for (const platform of PLATFORMS) {
    const routes = (await openApp({ platform })).host.routes.filter((r) => !filter || r.includes(filter))
    closeAll()
    for (const route of routes) rows.push(await measurePage(platform, route))
    if (!filter || 'code/show/index'.includes(filter)) code.push(await measureCode(platform))
  }
  const pad = (text: string | number, width: number) => String(text).padStart(width)
  console.log(`\nMini-program host, production builds, persona level2, median of ${RUNS} runs (Node ${process.version})`)
  console.log(`${'platform'.padEnd(8)} ${'page'.padEnd(36)} ${pad('first render', 13)} ${pad('setData', 8)} ${pad('bytes', 8)}`)
  for (const row of rows) {
    const page = row.page === 'pages/home/index' ? `${row.page} (launch, boot included)` : row.page
    console.log(
      `${row.platform.padEnd(8)} ${page.padEnd(36)} ${pad(`${row.firstRenderMs.toFixed(1)} ms`, 13)} ${pad(row.setDataCalls, 8)} ${pad(row.setDataBytes, 8)}`,
    )
  }
  console.log('\n亮码 (code/show) after the password:')
  for (const c of code)
    console.log(
      `${c.platform.padEnd(8)} countdown tick: ${c.tick.calls} setData, ${c.tick.bytes} B · code refresh: ${c.refresh.calls} setData, ${c.refresh.bytes} B · canvas: ${c.fillRectsPerPaint} fillRect per paint`,
    )
  mkdirSync(path.join(ROOT, 'bench-results'), { recursive: true })
  writeFileSync(path.join(ROOT, 'bench-results/mini.json'), `${JSON.stringify({ runs: RUNS, node: process.version, pages: rows, code }, null, 2)}\n`)
  console.log('\nwrote bench-results/mini.json')
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
