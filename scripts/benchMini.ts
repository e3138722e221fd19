/**
 * npm run bench:mini — what each page costs in the mini-program host (test/mini/host), per platform, on
 * the production builds with the mock gateway in Node (persona level2): the time from navigation to the
 * first quiet moment (no timer due within 120 ms; median of BENCH_RUNS runs, default 5, each in a fresh
 * host), and the number and bytes of setData calls until then. setData volume is what makes a page slow on
 * a phone; the host's times are Node's, not a phone's, so compare them with each other, not with devices.
 * For 亮码: the time from the password to the painted code, and the bytes of one countdown tick and of one
 * code refresh with its time (medians of BENCH_RUNS runs). test/mini/measure.ts measures; test/mini/budgets.test.ts
 * holds the counts and bytes to size-budgets.json, this script 亮码's times to its `miniHostMs` (a row over its
 * budget says OVER and the script exits 1).
 * Builds dist/weapp and dist/alipay first unless BENCH_SKIP_BUILD=1 and they exist. Prints a table and
 * writes bench-results/mini.json. Usage: npm run bench:mini [-- route filter]
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { Platform } from '../test/mini/host/host'
import { HOME, PAGED_LISTS, codeCost, firstRender, median, nextPage, routesOf, type CodeCost, type NextPage } from '../test/mini/measure'
import { PLATFORMS, ROOT, outputDir } from '../test/mini/support'

process.env.TZ = 'Asia/Shanghai'
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 5))
const filter = process.argv[2]
const { miniHostMs } = JSON.parse(readFileSync(path.join(ROOT, 'size-budgets.json'), 'utf8')) as {
  miniHostMs: { passwordToCode: number; codeRefresh: number }
}

interface Row {
  platform: Platform
  page: string
  firstRenderMs: number
  setDataCalls: number
  setDataBytes: number
}

async function measurePage(platform: Platform, route: string): Promise<Row> {
  const runs = []
  for (let run = 0; run < RUNS; run++) runs.push(await firstRender(platform, route))
  const { calls, bytes } = runs[runs.length - 1]
  return { platform, page: route, firstRenderMs: median(runs.map((r) => r.ms)), setDataCalls: calls, setDataBytes: bytes }
}

/** 亮码's setData (the same on every run) and its times, the median of RUNS runs. */
async function measureCode(platform: Platform): Promise<CodeCost & { platform: Platform }> {
  const runs: CodeCost[] = []
  for (let run = 0; run < RUNS; run++) runs.push(await codeCost(platform))
  const last = runs[runs.length - 1]
  return {
    platform,
    ...last,
    passwordToQrMs: median(runs.map((r) => r.passwordToQrMs)),
    refreshMs: median(runs.map((r) => r.refreshMs)),
  }
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
  const paging: (Omit<NextPage, 'paths'> & { platform: Platform; page: string })[] = []
  for (const platform of PLATFORMS) {
    const routes = (await routesOf(platform)).filter((r) => !filter || r.includes(filter))
    for (const route of routes) rows.push(await measurePage(platform, route))
    if (!filter || 'code/show/index'.includes(filter)) code.push(await measureCode(platform))
    for (const route of PAGED_LISTS.filter((r) => !filter || r.includes(filter))) {
      const { paths: _, ...next } = await nextPage(platform, route)
      paging.push({ platform, page: route, ...next })
    }
  }
  const pad = (text: string | number, width: number) => String(text).padStart(width)
  console.log(`\nMini-program host, production builds, persona level2, median of ${RUNS} runs (Node ${process.version})`)
  console.log(`${'platform'.padEnd(8)} ${'page'.padEnd(36)} ${pad('first render', 13)} ${pad('setData', 8)} ${pad('bytes', 8)}`)
  for (const row of rows) {
    const page = row.page === HOME ? `${row.page} (launch, boot included)` : row.page
    console.log(
      `${row.platform.padEnd(8)} ${page.padEnd(36)} ${pad(`${row.firstRenderMs.toFixed(1)} ms`, 13)} ${pad(row.setDataCalls, 8)} ${pad(row.setDataBytes, 8)}`,
    )
  }
  console.log(`\n亮码 (code/show) after the password (budgets: painted ≤ ${miniHostMs.passwordToCode} ms, refresh ≤ ${miniHostMs.codeRefresh} ms):`)
  const mark = (ms: number, budget: number) => `${ms.toFixed(1)} ms${ms > budget ? ' OVER' : ''}`
  for (const c of code)
    console.log(
      `${c.platform.padEnd(8)} password → code painted: ${mark(c.passwordToQrMs, miniHostMs.passwordToCode)} · countdown tick: ${c.tick.calls} setData, ${c.tick.bytes} B · code refresh: ${c.refresh.calls} setData, ${c.refresh.bytes} B, ${mark(c.refreshMs, miniHostMs.codeRefresh)} · canvas: ${c.fillRectsPerPaint} fillRect per paint`,
    )
  console.log('\nNext page of a paged list (onReachBottom):')
  for (const p of paging) console.log(`${p.platform.padEnd(8)} ${p.page.padEnd(36)} rows ${p.rowsBefore} → ${p.rowsAfter}: ${p.calls} setData, ${p.bytes} B`)
  mkdirSync(path.join(ROOT, 'bench-results'), { recursive: true })
  writeFileSync(path.join(ROOT, 'bench-results/mini.json'), `${JSON.stringify({ runs: RUNS, node: process.version, pages: rows, code, paging }, null, 2)}\n`)
  console.log('\nwrote bench-results/mini.json')
  if (code.some((c) => c.passwordToQrMs > miniHostMs.passwordToCode || c.refreshMs > miniHostMs.codeRefresh)) process.exit(1)
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
