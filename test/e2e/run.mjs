// `npm run test:e2e` and `npm run test:visual`: builds the H5 mock build (dist/h5-mock) and, for the e2e
// projects, the production build with its gateway at /api (dist/h5-bench, scripts/lib/h5Production.mjs);
// E2E_SKIP_BUILD=1 reuses existing ones. Makes sure Chromium can draw Chinese, picks free ports (E2E_PORT, and
// E2E_PRODUCTION_PORT for the e2e projects) and runs Playwright with playwright.config.ts, which serves the
// builds (webServer) and finds Chromium. Exits with Playwright's code.
// Usage: node test/e2e/run.mjs [playwright args]           the e2e and e2e-large projects, then (unless E2E_VISUAL=0
//                                                          or arguments are given, e.g. a spec file) the visual ones
//        node test/e2e/run.mjs --visual [playwright args]  the visual projects only (--update-snapshots rewrites
//                                                          the baselines: npm run test:visual:update)
import { existsSync } from 'node:fs'
import { createServer } from 'node:net'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { ensureFonts } from '../../scripts/ensureFonts.mjs'
import { PRODUCTION_DIST, buildProductionH5 } from '../../scripts/lib/h5Production.mjs'
import { run } from '../../scripts/lib/run.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const dist = path.join(root, 'dist/h5-mock')
const seconds = (since) => `${((performance.now() - since) / 1000).toFixed(1)} s`

const E2E = ['--project=e2e-large', '--project=e2e']
const VISUAL = ['--project=visual', '--project=visual-large']

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })
}

async function main() {
  const args = process.argv.slice(2)
  const visualOnly = args[0] === '--visual'
  const extra = visualOnly ? args.slice(1) : args
  const projects = visualOnly ? VISUAL : extra.length || process.env.E2E_VISUAL === '0' ? E2E : [...E2E, ...VISUAL]

  const hasBuild = existsSync(path.join(dist, 'index.html'))
  if (process.env.E2E_SKIP_BUILD === '1' && hasBuild) {
    console.log('e2e: E2E_SKIP_BUILD=1, using the existing dist/h5-mock')
  } else {
    if (process.env.E2E_SKIP_BUILD === '1') console.log('e2e: E2E_SKIP_BUILD=1 but dist/h5-mock has no build: building')
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
    const started = performance.now()
    console.log('e2e: building the H5 mock build (npm run build:h5:mock)…')
    const code = await run(npm, ['run', 'build:h5:mock'], { quiet: true })
    if (code !== 0 || !existsSync(path.join(dist, 'index.html'))) {
      throw new Error(`npm run build:h5:mock failed (exit code ${code}); its output is above`)
    }
    console.log(`e2e: built dist/h5-mock in ${seconds(started)}`)
  }

  // The e2e projects also check the production build (test/e2e/security.spec.ts); the visual ones don't need it.
  const production = projects.includes(E2E[0])
  if (production && process.env.E2E_SKIP_BUILD === '1' && existsSync(path.join(PRODUCTION_DIST, 'index.html'))) {
    console.log('e2e: E2E_SKIP_BUILD=1, using the existing dist/h5-bench')
  } else if (production) {
    const started = performance.now()
    console.log('e2e: building the production H5 build with its gateway at /api (dist/h5-bench)…')
    await buildProductionH5()
    console.log(`e2e: built dist/h5-bench in ${seconds(started)}`)
  }

  ensureFonts() // Chinese glyphs instead of tofu boxes, so layout and contrast are the real ones
  const started = performance.now()
  const env = { ...process.env, E2E_PORT: String(process.env.E2E_PORT ?? (await freePort())) }
  if (production) env.E2E_PRODUCTION_PORT = String(process.env.E2E_PRODUCTION_PORT ?? (await freePort()))
  const playwright = path.join(root, 'node_modules/@playwright/test/cli.js')
  const code = await run(process.execPath, [playwright, 'test', ...projects, ...extra], { env })
  console.log(`e2e: Playwright (${projects.map((p) => p.slice('--project='.length)).join(', ')}) ${code === 0 ? 'passed' : 'FAILED'} in ${seconds(started)}`)
  return code
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`e2e: ${error.message}`)
    process.exit(1)
  },
)
