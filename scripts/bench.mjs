// H5 audits (`npm run bench`): Lighthouse (mobile settings) and axe on every page of the app, in normal and
// in large-text (适老化) mode, on the production H5 build, with the mock gateway in the `level2` persona,
// logged in by SMS once through the UI. Then the size table of scripts/size.mjs.
//   • builds production H5 into dist/h5-bench with the gateway at /api on the page's own origin
//     (`GATEWAY_BASE_URL=/api OUTPUT_ROOT=dist/h5-bench npm run build:h5`; BENCH_SKIP_BUILD=1 reuses it).
//     It is dist/h5 but for that address: no MSW, no tester panel, nothing a resident would not download;
//   • serves a private copy of it on 127.0.0.1 (scripts/serve.mjs), and the mock gateway (mock/http.ts,
//     the same handlers MSW serves to tests) at /api/ on the same server;
//   • launches Debian's Chromium once with --remote-debugging-port and the e2e network-quietening flags;
//     Playwright (over CDP) logs in and sets the large-text preference, Lighthouse and axe share the profile;
//   • one page at a time (2 cores): Lighthouse with cold HTTP cache but the session kept (local storage is
//     not cleared), 3 runs, the median counts (the first run also scores accessibility and best practices,
//     which do not vary between runs); then with the CPU slowdown doubled (4 → 8, a host twice as
//     slow; the median of 3 runs as at 4×); then axe on a phone viewport.
// Prints a table per mode with Lighthouse's benchmarkIndex of the host, and writes everything to
// bench-results/h5/<commit>.json (<commit>-dirty with uncommitted changes; a run of some pages or one mode:
// bench-results/h5/partial.json), comparing with the previous run's file; each page's median Lighthouse report
// goes to bench-results/lighthouse/<mode>-<page>.html. Exits 1 when a page misses a threshold (performance ≥ 98,
// ≥ 90 with the doubled slowdown, accessibility 100, CLS ≤ 0.01, no serious or critical axe violation).
// Usage: node scripts/bench.mjs [page path filter, e.g. records]
//   BENCH_SKIP_BUILD=1 reuse dist/h5-bench · BENCH_MODES=normal|large one mode · BENCH_AXE_ONLY=1 skip Lighthouse
//   BENCH_SLOW_RUNS=n runs of the doubled-slowdown pass (default 3, 1 for a quick look, 0 skips it)
import { spawn, spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import AxeBuilder from '@axe-core/playwright'
import lighthouse from 'lighthouse'
import { chromium } from 'playwright-core'
import { tsImport } from 'tsx/esm/api'
import { ensureChromium } from './ensureChromium.mjs'
import { ensureFonts } from './ensureFonts.mjs'
import { GATEWAY_PATH, PRODUCTION_DIST, buildProductionH5, mockGatewayRoutes } from './lib/h5Production.mjs'
import { serve } from './serve.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const dist = PRODUCTION_DIST
const outDir = path.join(root, 'bench-results')
/** A run of some pages, one mode or without Lighthouse: not a commit's result. */
const PARTIAL_FILE = 'partial.json'
const THRESHOLD = { performance: 98, accessibility: 100, cls: 0.01, slowPerformance: 90 }
/** Lighthouse's mobile preset slows the CPU 4×; the slow pass doubles it. */
const SLOW_CPU_MULTIPLIER = 8
const RUNS = 3
const SLOW_RUNS = Number(process.env.BENCH_SLOW_RUNS ?? 3)
const seconds = (since) => `${((performance.now() - since) / 1000).toFixed(1)} s`

// The page list, login, settling and axe tags are shared with test/e2e/a11y.spec.ts.
const audit = await tsImport('../test/e2e/pages.ts', import.meta.url)
const { CHROMIUM_ARGS, MOBILE_VIEWPORT } = await tsImport('../test/e2e/browser.ts', import.meta.url)
const PERSONA = audit.AUDIT_PERSONA

async function buildForBench() {
  if (process.env.BENCH_SKIP_BUILD === '1' && existsSync(path.join(dist, 'index.html'))) {
    console.log('bench: BENCH_SKIP_BUILD=1, using the existing dist/h5-bench')
    return
  }
  const started = performance.now()
  console.log(`bench: building production H5 into dist/h5-bench (gateway at ${GATEWAY_PATH})…`)
  await buildProductionH5()
  console.log(`bench: built dist/h5-bench in ${seconds(started)}`)
}

/** Starts Chromium with a DevTools port (for Lighthouse and Playwright over CDP) on a fresh profile. */
async function startChromium(executablePath, args) {
  const profile = mkdtempSync(path.join(tmpdir(), 'esscard-bench-'))
  const child = spawn(executablePath, ['--headless=new', '--remote-debugging-port=0', `--user-data-dir=${profile}`, ...args, 'about:blank'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  let stderr = ''
  child.stderr.on('data', (chunk) => (stderr += chunk))
  const portFile = path.join(profile, 'DevToolsActivePort')
  const deadline = Date.now() + 15_000
  while (!existsSync(portFile) || !readFileSync(portFile, 'utf8').includes('\n')) {
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill()
      throw new Error(`Chromium did not open its DevTools port: ${stderr.slice(-500)}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  const port = Number(readFileSync(portFile, 'utf8').split('\n')[0])
  // Interrupted (Ctrl-C, kill): take the browser down too.
  const stop = (signal) => {
    child.kill()
    process.exit(signal === 'SIGINT' ? 130 : 143)
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
  return {
    port,
    async close() {
      child.kill()
      await new Promise((resolve) => (child.exitCode !== null ? resolve() : child.once('exit', resolve)))
      // Chromium's helper processes may still be writing for a moment after the browser exits.
      try {
        rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 })
      } catch {
        // a leftover temporary profile is harmless
      }
    },
  }
}

/**
 * One Lighthouse run. `full` also scores accessibility and best practices; `cpuSlowdownMultiplier` overrides
 * the mobile preset's 4.
 */
async function runLighthouse(port, url, { full = true, cpuSlowdownMultiplier } = {}) {
  const { lhr, report } = await lighthouse(
    url,
    {
      port,
      output: 'html',
      logLevel: 'error',
      onlyCategories: full ? ['performance', 'accessibility', 'best-practices'] : ['performance'],
      // Cold HTTP cache, but keep local storage (the session, the preference).
      clearStorageTypes: ['file_systems', 'shader_cache', 'cache_storage'],
      ...(cpuSlowdownMultiplier ? { throttling: { cpuSlowdownMultiplier } } : {}),
    },
    undefined,
  )
  const score = (id) => (lhr.categories[id]?.score == null ? null : Math.round(lhr.categories[id].score * 100))
  const requests = lhr.audits['network-requests']?.details?.items ?? []
  const scripts = requests.filter((r) => r.resourceType === 'Script')
  const failing = (category) =>
    (lhr.categories[category]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && lhr.audits[ref.id]?.score !== null && lhr.audits[ref.id]?.score < 1)
      .map((ref) => ({ id: ref.id, score: lhr.audits[ref.id].score, displayValue: lhr.audits[ref.id].displayValue }))
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    lcpMs: Math.round(lhr.audits['largest-contentful-paint']?.numericValue ?? NaN),
    fcpMs: Math.round(lhr.audits['first-contentful-paint']?.numericValue ?? NaN),
    tbtMs: Math.round(lhr.audits['total-blocking-time']?.numericValue ?? NaN),
    cls: Number((lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN).toFixed(3)),
    jsTransferBytes: scripts.reduce((sum, r) => sum + (r.transferSize ?? 0), 0),
    jsRequests: scripts.length,
    benchmarkIndex: lhr.environment?.benchmarkIndex,
    cpuSlowdownMultiplier: lhr.configSettings.throttling.cpuSlowdownMultiplier,
    finalUrl: lhr.finalDisplayedUrl,
    runtimeError: lhr.runtimeError?.message,
    failing: { performance: failing('performance'), accessibility: failing('accessibility'), bestPractices: failing('best-practices') },
    lcpElement: lhr.audits['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node?.snippet,
    report,
  }
}

const { median } = await tsImport('./lib/median.ts', import.meta.url)

/**
 * `runs` Lighthouse runs of one page folded into one: the run with the median performance score (its metrics and
 * report), the median CLS of all runs, and accessibility and best practices from the first run, the one that
 * scored them (they do not depend on timing).
 */
async function medianLighthouse(runs, run) {
  const all = []
  for (let i = 0; i < runs; i++) all.push(await run(i))
  const byPerformance = [...all].sort((a, b) => (a.performance ?? -1) - (b.performance ?? -1))
  const picked = byPerformance[(all.length - 1) >> 1]
  return {
    ...picked,
    accessibility: all[0].accessibility,
    bestPractices: all[0].bestPractices,
    failing: { ...picked.failing, accessibility: all[0].failing.accessibility, bestPractices: all[0].failing.bestPractices },
    cls: median(all.map((r) => r.cls)),
    performanceRuns: all.map((r) => r.performance),
    // A run Lighthouse could not score (–), with its reason: kept, as the median only shows the picked run.
    unscoredRuns: all.flatMap((r, i) => (r.performance == null ? [`run ${i + 1}: ${r.runtimeError ?? 'no performance score'}`] : [])),
    benchmarkIndex: median(all.map((r) => r.benchmarkIndex)),
  }
}

/** Which thresholds a page's results miss (empty: it passes). */
function misses(entry, axeOnly) {
  const out = []
  const lh = entry.lighthouse ?? {}
  if (!axeOnly) {
    if (lh.error) out.push(`Lighthouse error: ${lh.error}`)
    if (!(lh.performance >= THRESHOLD.performance)) out.push(`performance ${lh.performance} < ${THRESHOLD.performance}`)
    if (!(lh.accessibility >= THRESHOLD.accessibility)) out.push(`accessibility ${lh.accessibility} < ${THRESHOLD.accessibility}`)
    if (!(lh.cls <= THRESHOLD.cls)) out.push(`CLS ${lh.cls} > ${THRESHOLD.cls}`)
    if (entry.slow && !(entry.slow.performance >= THRESHOLD.slowPerformance))
      out.push(`performance at CPU ×${SLOW_CPU_MULTIPLIER} ${entry.slow.performance ?? entry.slow.error} < ${THRESHOLD.slowPerformance}`)
  }
  if (!entry.axe) out.push(`axe: ${entry.axeError}`)
  else if (entry.axe.byImpact.critical + entry.axe.byImpact.serious > 0) out.push('serious or critical axe violations')
  return out
}

async function runAxe(page, url) {
  await page.goto(url)
  await audit.settle(page)
  const results = await new AxeBuilder({ page }).withTags(audit.AXE_TAGS).analyze()
  const byImpact = { critical: 0, serious: 0, moderate: 0, minor: 0 }
  for (const v of results.violations) byImpact[v.impact ?? 'minor'] += v.nodes.length
  return {
    byImpact,
    violations: results.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ')),
      summaries: v.nodes.map((n) => n.failureSummary),
    })),
  }
}

const pad = (value, width, right = false) => {
  const s = String(value ?? '–')
  const w = [...s].reduce((n, ch) => n + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0)
  return right ? ' '.repeat(Math.max(0, width - w)) + s : s + ' '.repeat(Math.max(0, width - w))
}

/** Signed difference to the previous run's number, '' when there is none or it is the same. */
const delta = (now, before) => (now == null || before == null || now === before ? '' : `${now > before ? '+' : ''}${now - before}`)

function table(results, mode, previous) {
  const head = ['page', 'perf', 'runs', 'Δ', `×${SLOW_CPU_MULTIPLIER}`, 'a11y', 'b.p.', 'CLS', 'LCP ms', 'JS KB', 'axe c/s/m/m', '']
  const widths = [30, 4, 8, 3, 4, 4, 4, 5, 6, 5, 11, 4]
  const numeric = (i) => i > 0 && i < 10
  const lines = [`${mode === 'large' ? 'Large-text mode (适老化)' : 'Normal mode'}`, head.map((h, i) => pad(h, widths[i], numeric(i))).join(' ')]
  for (const r of results.filter((x) => x.mode === mode)) {
    const lh = r.lighthouse ?? {}
    const before = previous?.results?.find((p) => p.mode === r.mode && p.path === r.path)?.lighthouse
    const a = r.axe?.byImpact
    const cells = [
      r.path,
      lh.performance,
      lh.performanceRuns?.map((score) => score ?? '–').join('/'),
      delta(lh.performance, before?.performance),
      r.slow?.performance,
      lh.accessibility,
      lh.bestPractices,
      lh.cls,
      lh.lcpMs,
      lh.jsTransferBytes == null ? null : (lh.jsTransferBytes / 1024).toFixed(0),
      a ? `${a.critical}/${a.serious}/${a.moderate}/${a.minor}` : 'error',
      r.pass ? 'ok' : 'FAIL',
    ]
    lines.push(cells.map((c, i) => pad(c, widths[i], numeric(i))).join(' '))
  }
  return lines.join('\n')
}

function sizeTable() {
  const json = path.join(outDir, 'size.json')
  const result = spawnSync(process.execPath, [path.join(root, 'scripts/size.mjs'), '--json', json], { cwd: root, encoding: 'utf8' })
  const text = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim()
  let sizes = null
  try {
    sizes = JSON.parse(readFileSync(json, 'utf8'))
  } catch {
    // no sizes written (a build is missing)
  }
  const missing = ['weapp', 'alipay', 'h5'].filter((t) => !existsSync(path.join(root, 'dist', t)))
  const note = missing.length
    ? `size table not available: ${missing.map((t) => `dist/${t}`).join(', ')} missing (run npm run build:${missing[0]} etc. first)`
    : result.status === 0
      ? null
      : 'size: over a budget (see above)'
  return { text, note, status: result.status, sizes }
}

/** The name of this run's results file: the commit, marked dirty when tracked files have uncommitted changes. */
function commitName() {
  const git = (...args) => spawnSync('git', args, { cwd: root, encoding: 'utf8' }).stdout?.trim() ?? ''
  const commit = git('rev-parse', '--short', 'HEAD') || 'unknown'
  return git('status', '--porcelain', '--untracked-files=no') ? `${commit}-dirty` : commit
}

/** The newest full run's results in `dir` (partial runs are not compared with). */
function previousRun(dir) {
  if (!existsSync(dir)) return null
  const runs = readdirSync(dir)
    .filter((f) => f.endsWith('.json') && f !== PARTIAL_FILE)
    .map((f) => ({ file: f, ...JSON.parse(readFileSync(path.join(dir, f), 'utf8')) }))
  return runs.sort((a, b) => b.at.localeCompare(a.at))[0] ?? null
}

async function main() {
  const filter = process.argv[2]
  const axeOnly = process.env.BENCH_AXE_ONLY === '1'
  const modes = (process.env.BENCH_MODES ?? 'normal,large').split(',').filter(Boolean)
  const unlisted = audit.unauditedPages(root)
  if (unlisted.length) throw new Error(`bench: pages in src/app.config.ts missing from AUDITED_PAGES (test/e2e/pages.ts): ${unlisted.join(', ')}`)
  const pages = audit.AUDITED_PAGES.filter((p) => !filter || p.path.includes(filter))
  const fullRun = !filter && !axeOnly && modes.length === 2 && SLOW_RUNS > 0
  // The commit that is built and measured (named now: a commit made during the run is not what ran).
  const commit = commitName()

  await buildForBench()
  const executablePath = ensureChromium()
  ensureFonts()
  mkdirSync(path.join(outDir, 'lighthouse'), { recursive: true })
  // Serve a private copy: another build during the run (a second bench) would swap the hashed chunks
  // under the server.
  const snapshot = mkdtempSync(path.join(tmpdir(), 'esscard-bench-h5-'))
  cpSync(dist, snapshot, { recursive: true })
  const server = await serve(snapshot, 0, await mockGatewayRoutes(PERSONA))
  const browserProcess = await startChromium(executablePath, CHROMIUM_ARGS)
  console.log(
    `bench: serving dist/h5-bench and the mock gateway at ${server.url}; Chromium ${executablePath} (DevTools port ${browserProcess.port}); ${pages.length} pages × ${modes.join(' + ')}`,
  )
  const results = []
  const started = performance.now()
  try {
    const browser = await chromium.connectOverCDP(`http://127.0.0.1:${browserProcess.port}`)
    const context = browser.contexts()[0]
    const page = await context.newPage()
    await page.setViewportSize(MOBILE_VIEWPORT)
    await audit.logIn(page, server.url, '')
    console.log(`bench: logged in as ${PERSONA} (${seconds(started)})`)

    for (const mode of modes) {
      await page.evaluate(([key, value]) => localStorage.setItem(key, value), [audit.PREFERENCES_KEY, audit.preferencesValue(mode === 'large')])
      for (const p of pages) {
        const url = audit.auditUrl(server.url, p, '')
        const t = performance.now()
        const entry = { path: p.path, mode, url }
        let report
        if (!axeOnly) {
          try {
            // One Lighthouse run is noisy on a shared 2-core machine: the median of 3 counts (Lighthouse's own
            // advice for variance).
            const { report: html, ...lh } = await medianLighthouse(RUNS, (i) => runLighthouse(browserProcess.port, url, { full: i === 0 }))
            entry.lighthouse = lh
            report = html
          } catch (error) {
            entry.lighthouse = { error: String(error?.message ?? error) }
          }
          if (SLOW_RUNS > 0) {
            try {
              const run = () => runLighthouse(browserProcess.port, url, { full: false, cpuSlowdownMultiplier: SLOW_CPU_MULTIPLIER })
              const { performance: score, performanceRuns, lcpMs, tbtMs, benchmarkIndex, cpuSlowdownMultiplier } = await medianLighthouse(SLOW_RUNS, run)
              entry.slow = { cpuSlowdownMultiplier, performance: score, performanceRuns, lcpMs, tbtMs, benchmarkIndex }
            } catch (error) {
              entry.slow = { error: String(error?.message ?? error) }
            }
          }
        }
        try {
          entry.axe = await runAxe(page, url)
          entry.largeTextApplied = await page.evaluate(() => !!document.querySelector('.screen--large'))
        } catch (error) {
          entry.axe = null
          entry.axeError = String(error?.message ?? error)
        }
        if (report) writeFileSync(path.join(outDir, 'lighthouse', `${mode}${p.path.replaceAll('/', '-')}.html`), report)
        entry.misses = misses(entry, axeOnly)
        entry.pass = entry.misses.length === 0
        results.push(entry)
        const lh = entry.lighthouse ?? {}
        const a = entry.axe?.byImpact
        console.log(
          `  ${mode.padEnd(6)} ${p.path.padEnd(30)} perf ${lh.performanceRuns?.map((score) => score ?? '–').join('/') ?? '–'} ×${SLOW_CPU_MULTIPLIER} ${entry.slow?.performance ?? '–'}` +
            ` a11y ${lh.accessibility ?? '–'} bp ${lh.bestPractices ?? '–'} CLS ${lh.cls ?? '–'} LCP ${lh.lcpMs ?? '–'} ms` +
            ` axe ${a ? `${a.critical}/${a.serious}/${a.moderate}/${a.minor}` : entry.axeError}${lh.error ? ` LH error: ${lh.error}` : ''}${lh.unscoredRuns?.length ? ` unscored ${lh.unscoredRuns.join('; ')}` : ''} (${seconds(t)})`,
        )
      }
    }
    await browser.close()
  } finally {
    await browserProcess.close()
    await server.close()
    rmSync(snapshot, { recursive: true, force: true })
  }

  const size = sizeTable()
  const runsDir = path.join(outDir, 'h5')
  mkdirSync(runsDir, { recursive: true })
  const previous = previousRun(runsDir)
  const file = fullRun ? `${commit}.json` : PARTIAL_FILE
  const benchmarkIndex = median(results.map((r) => r.lighthouse?.benchmarkIndex))
  const report = {
    at: new Date().toISOString(),
    commit,
    persona: PERSONA,
    thresholds: THRESHOLD,
    runs: { normal: RUNS, slow: SLOW_RUNS, slowCpuSlowdownMultiplier: SLOW_CPU_MULTIPLIER },
    benchmarkIndex,
    results,
    size: { sizes: size.sizes, note: size.note },
  }
  writeFileSync(path.join(runsDir, file), JSON.stringify(report, null, 2) + '\n')

  console.log('')
  console.log(
    `Lighthouse mobile (simulated throttling, CPU ×4), median of ${RUNS} runs (runs: each run's score); ×${SLOW_CPU_MULTIPLIER}: CPU slowdown doubled` +
      ` (${SLOW_RUNS === 1 ? '1 run' : `median of ${SLOW_RUNS} runs`}); host benchmarkIndex ${benchmarkIndex ?? '–'} (median)` +
      (previous ? `; Δ: performance against ${previous.file} (${previous.at})` : ''),
  )
  for (const mode of modes) console.log(table(results, mode, previous) + '\n')
  console.log('axe: violations by impact (critical/serious/moderate/minor, counted per element)')
  console.log(
    `thresholds: performance ≥ ${THRESHOLD.performance}, ≥ ${THRESHOLD.slowPerformance} at CPU ×${SLOW_CPU_MULTIPLIER}, accessibility ${THRESHOLD.accessibility}, CLS ≤ ${THRESHOLD.cls}, no serious or critical axe violation`,
  )
  for (const r of results.filter((x) => !x.pass)) {
    const lh = r.lighthouse ?? {}
    const worst = [...(lh.failing?.performance ?? []), ...(lh.failing?.accessibility ?? [])].map((f) => f.id)
    const axe = (r.axe?.violations ?? [])
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.targets.slice(0, 3).join(', ')})`)
    console.log(`  FAIL ${r.mode} ${r.path}: ${r.misses.join('; ')}${worst.length || axe.length ? ` — ${[...worst, ...axe].join('; ')}` : ''}`)
  }
  console.log(`\nSize (npm run size):\n${size.text}`)
  if (size.note) console.log(size.note)
  console.log(`\nbench: ${results.length} audits in ${seconds(started)}; results in bench-results/h5/${file}`)
  return results.every((r) => r.pass) ? 0 : 1
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`bench: ${error.stack ?? error.message}`)
    process.exit(1)
  },
)
