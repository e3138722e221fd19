// The mini-program host suites (test/mini/*.test.ts): builds the four outputs they run unless
// MINI_SKIP_BUILD=1 and they exist (dist/weapp, dist/alipay: production; dist/weapp-dev, dist/alipay-dev:
// the testers' builds with the mock), two builds at a time, then runs the suites with Node's test runner.
// Usage: node test/mini/run.mjs [test files...]
//        node test/mini/run.mjs --build-only [--production]   (the builds alone; npm run bench:mini uses this)
import { existsSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { run } from '../../scripts/lib/run.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
const BUILDS = [
  { script: 'build:weapp', dir: 'dist/weapp', production: true },
  { script: 'build:alipay', dir: 'dist/alipay', production: true },
  { script: 'build:weapp:dev', dir: 'dist/weapp-dev' },
  { script: 'build:alipay:dev', dir: 'dist/alipay-dev' },
]
const seconds = (since) => `${((performance.now() - since) / 1000).toFixed(1)} s`

async function build({ script, dir }) {
  const started = performance.now()
  const code = await run(npm, ['run', '-s', script], { quiet: true })
  if (code !== 0 || !existsSync(path.join(root, dir, 'app.js'))) throw new Error(`npm run ${script} failed (exit code ${code}); its output is above`)
  console.log(`mini: built ${dir} in ${seconds(started)}`)
}

async function buildAll(builds) {
  const started = performance.now()
  console.log(`mini: building ${builds.map((b) => b.dir).join(', ')} (two at a time)…`)
  const queue = [...builds]
  await Promise.all(
    [0, 1].map(async () => {
      while (queue.length) await build(queue.shift())
    }),
  )
  console.log(`mini: built in ${seconds(started)}`)
}

async function main() {
  const args = process.argv.slice(2)
  const builds = args.includes('--production') ? BUILDS.filter((b) => b.production) : BUILDS
  if (args.includes('--build-only')) {
    await buildAll(builds)
    return 0
  }
  const dir = path.join(root, 'test/mini')
  const files = args.length
    ? args
    : readdirSync(dir)
        .filter((f) => f.endsWith('.test.ts'))
        .sort()
        .map((f) => path.join('test/mini', f))
  const built = builds.every((b) => existsSync(path.join(root, b.dir, 'app.js')))
  if (process.env.MINI_SKIP_BUILD === '1' && built) console.log('mini: MINI_SKIP_BUILD=1, using the existing builds')
  else await buildAll(builds)
  // Phones in China run on China Standard Time; the app's dates are read in the engine's local time.
  const env = { ...process.env, TZ: 'Asia/Shanghai' }
  const concurrency = process.env.MINI_CONCURRENCY ?? '2'
  return run(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', `--test-concurrency=${concurrency}`, ...files], { env })
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof Error ? error.message : error)
    process.exit(1)
  },
)
