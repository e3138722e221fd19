// Size report of the weapp, alipay and h5 builds against size-budgets.json (KB = 1024 bytes):
//   node scripts/size.mjs [--dist dist] [--budgets size-budgets.json] [--json sizes.json]
// --json writes the measured bytes. Exits 1 when a build is missing or something is over budget.
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { gzipSync } from 'node:zlib'
import { argPath, isMain, kb, packageSizes } from './lib/miniprogram.mjs'

const BUILD_COMMANDS = { weapp: 'npm run build:weapp', alipay: 'npm run build:alipay', h5: 'npm run build:h5' }

/** Bytes of each build under `distRoot`: mini-program packages, and the JS the H5 index.html loads. */
export function measure(distRoot) {
  const missing = Object.keys(BUILD_COMMANDS).filter((target) => !existsSync(path.join(distRoot, target)))
  if (missing.length) {
    throw new Error(missing.map((t) => `${path.join(distRoot, t)} does not exist: run ${BUILD_COMMANDS[t]} first`).join('\n'))
  }
  return {
    weapp: packageSizes(path.join(distRoot, 'weapp')),
    alipay: packageSizes(path.join(distRoot, 'alipay')),
    h5: initialJs(path.join(distRoot, 'h5')),
  }
}

function initialJs(dir) {
  const html = readFileSync(path.join(dir, 'index.html'), 'utf8')
  // Its script elements, or the scripts it starts once its first frame is painted (scripts/routeShells.mjs).
  const started = /\}\((\[[^\]]*\]),document\)<\/script>/.exec(html)
  const sources = [...html.matchAll(/<script\b[^>]*?\bsrc=["']([^"']+)["']/g)].map(([, src]) => src).concat(started ? JSON.parse(started[1]) : [])
  if (!sources.length) throw new Error(`size: ${path.join(dir, 'index.html')} loads no script`)
  const scripts = sources.map((src) => {
    const content = readFileSync(path.join(dir, src.replace(/[?#].*$/, '')))
    return { src, raw: content.length, gzip: gzipSync(content).length }
  })
  const total = (key) => scripts.reduce((sum, s) => sum + s[key], 0)
  return { scripts, raw: total('raw'), gzip: total('gzip') }
}

/** One row per measured number, with its budget in KB where size-budgets.json sets one. */
export function rows(sizes, budgets) {
  const miniProgram = (target) => [
    { target, item: 'main', bytes: sizes[target].main, budgetKB: budgets[target]?.mainKB },
    ...Object.entries(sizes[target].subPackages).map(([root, bytes]) => ({
      target,
      item: `${root} (sub-package)`,
      bytes,
      budgetKB: budgets[target]?.subPackagesKB?.[root] ?? budgets[target]?.subPackageKB,
    })),
  ]
  return [
    ...miniProgram('weapp'),
    ...miniProgram('alipay'),
    { target: 'h5', item: 'initial JS raw', bytes: sizes.h5.raw },
    { target: 'h5', item: 'initial JS gzip', bytes: sizes.h5.gzip, budgetKB: budgets.h5?.initialJsGzipKB },
  ].map((row) => ({ ...row, over: row.budgetKB !== undefined && row.bytes > row.budgetKB * 1024 }))
}

function table(rows) {
  const cells = [
    ['target', 'package', 'bytes', 'KB', 'budget KB', 'status'],
    ...rows.map((r) => [
      r.target,
      r.item,
      String(r.bytes),
      kb(r.bytes),
      r.budgetKB === undefined ? '-' : String(r.budgetKB),
      r.budgetKB === undefined ? '' : r.over ? 'OVER' : 'ok',
    ]),
  ]
  const widths = cells[0].map((_, column) => Math.max(...cells.map((row) => row[column].length)))
  return cells
    .map((row) =>
      row
        .map((cell, column) => (column < 2 ? cell.padEnd(widths[column]) : cell.padStart(widths[column])))
        .join('  ')
        .trimEnd(),
    )
    .join('\n')
}

if (isMain(import.meta.url)) {
  const { values } = parseArgs({ options: { dist: { type: 'string' }, budgets: { type: 'string' }, json: { type: 'string' } } })
  let sizes
  try {
    sizes = measure(argPath(values.dist, 'dist'))
  } catch (error) {
    console.error(error.message)
    process.exit(1)
  }
  const measured = rows(sizes, JSON.parse(readFileSync(argPath(values.budgets, 'size-budgets.json'), 'utf8')))
  console.log(table(measured))
  if (values.json) writeFileSync(values.json, `${JSON.stringify(sizes, null, 2)}\n`)
  const over = measured.filter((r) => r.over)
  for (const r of over) console.error(`over budget: ${r.target} ${r.item} is ${kb(r.bytes)} KB, budget ${r.budgetKB} KB`)
  process.exit(over.length ? 1 : 0)
}
