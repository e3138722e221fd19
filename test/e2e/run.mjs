// End-to-end tests on the production H5 build with the mock gateway compiled in (dist/h5-mock):
// build (unless E2E_SKIP_BUILD=1 and a build exists), find Chromium, serve the build on 127.0.0.1,
// run test/e2e/*.spec.ts with Node's test runner, exit with its code.
// Usage: node test/e2e/run.mjs [spec files...]
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
  const requested = process.argv.slice(2)
  const specs = requested.length
    ? requested
    : readdirSync(e2eDir)
        .filter((f) => f.endsWith('.spec.ts'))
        .sort()
        .map((f) => path.join('test/e2e', f))
  if (!specs.length) throw new Error('no e2e specs found in test/e2e')

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
  try {
    return await run(
      process.execPath,
      ['--import', 'tsx', '--test', '--test-reporter=spec', '--test-concurrency=1', ...specs],
      {
        env: {
          ...process.env,
          E2E_BASE_URL: server.url,
          E2E_CHROMIUM: chromiumPath,
          E2E_RESULTS_DIR: path.join(root, 'test-results'),
        },
      },
    )
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
