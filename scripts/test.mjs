/**
 * npm test: the whole suite CI runs, in order — typecheck, lint, jest (unit, flows, gateway, scripts),
 * e2e in Chromium. Stops at the first failing stage and names it; prints each stage's duration.
 */
import { spawnSync } from 'node:child_process'

const STAGES = [
  ['typecheck', 'npx', ['tsc', '--noEmit', '-p', '.']],
  ['lint', 'npx', ['eslint', '.', '--max-warnings', '0']],
  ['unit and flow tests (jest)', 'npx', ['jest', '--ci']],
  ['e2e (Chromium)', 'node', ['test/e2e/run.mjs']],
]

const timings = []
for (const [name, command, args] of STAGES) {
  console.log(`\n▶ ${name}`)
  const started = Date.now()
  const { status } = spawnSync(command, args, { stdio: 'inherit' })
  const seconds = ((Date.now() - started) / 1000).toFixed(1)
  timings.push(`${name}: ${seconds} s`)
  if (status !== 0) {
    console.error(`\n✖ npm test failed at: ${name} (exit ${status}) after ${seconds} s`)
    process.exit(status || 1)
  }
}
console.log(`\n✔ npm test passed\n  ${timings.join('\n  ')}`)
