// End-to-end tests on the production H5 build with the mock gateway compiled in (dist/h5-mock):
// build (unless E2E_SKIP_BUILD=1 and a build exists), find Chromium, serve the build on 127.0.0.1,
// run test/e2e/*.spec.ts with Node's test runner, then the screenshot and painted-contrast suite
// (test/visual, @playwright/test, two workers); exit non-zero if either failed.
// Usage: node test/e2e/run.mjs [spec files...]          (spec files given: those specs only, no visual suite)
//        node test/e2e/run.mjs --visual [playwright args] (the visual suite only; --update-snapshots rewrites
//                                                          the baselines: npm run test:visual:update)
import { existsSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { ensureChromium } from '../../scripts/ensure-chromium.mjs'
import { ensureFonts } from '../../scripts/ensure-fonts.mjs'
import { run } from '../../scripts/lib/run.mjs'
import { serve } from '../../scripts/serve.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const dist = path.join(root, 'dist/h5-mock')
const e2eDir = path.join(root, 'test/e2e')
const seconds = (since) => `${((performance.now() - since) / 1000).toFixed(1)} s`

async function main() {
  const args = process.argv.slice(2)
  const visualOnly = args[0] === '--visual'
  const requested = visualOnly ? [] : args
  const specs = visualOnly
    ? []
    : requested.length
      ? requested
      : readdirSync(e2eDir)
          .filter((f) => f.endsWith('.spec.ts'))
          .sort()
          .map((f) => path.join('test/e2e', f))
  if (!visualOnly && !specs.length) throw new Error('no e2e specs found in test/e2e')

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

  const chromiumPath = ensureChromium()
  ensureFonts() // Chinese glyphs instead of tofu boxes, so layout and contrast are the real ones
  const server = await serve(dist)
  console.log(`e2e: serving dist/h5-mock at ${server.url}, Chromium ${chromiumPath}`)
  const env = { ...process.env, E2E_BASE_URL: server.url, E2E_CHROMIUM: chromiumPath, E2E_RESULTS_DIR: path.join(root, 'test-results') }
  try {
    let code = 0
    if (specs.length) {
      const started = performance.now()
      code = await run(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', '--test-concurrency=1', ...specs], { env })
      console.log(`e2e: specs ${code === 0 ? 'passed' : 'FAILED'} in ${seconds(started)}`)
    }
    // npm test runs the visual suite as its own stage (E2E_VISUAL=0 here), on this same build.
    if (visualOnly || (!requested.length && process.env.E2E_VISUAL !== '0')) {
      const started = performance.now()
      const playwright = path.join(root, 'node_modules/@playwright/test/cli.js')
      const visual = await run(process.execPath, [playwright, 'test', '-c', 'test/visual/playwright.config.ts', ...(visualOnly ? args.slice(1) : [])], { env })
      console.log(`e2e: visual suite ${visual === 0 ? 'passed' : 'FAILED (expected/actual/diff images in test-results/visual)'} in ${seconds(started)}`)
      code ||= visual
    }
    return code
  } finally {
    await server.close()
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`e2e: ${error.message}`)
    process.exit(1)
  },
)
