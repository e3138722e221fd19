/**
 * npm test: the whole suite CI runs, in order: typecheck, lint, jest (unit, flows, gateway, scripts), the
 * mini-program host on the WeChat and Alipay builds (test/mini), e2e in Chromium on the H5 mock build, the
 * screenshot and painted-contrast suite on that same build (test/visual), and npm start itself (test/start: a development build served, then stopped by SIGTERM and SIGINT).
 * Each stage is the package.json script of the same name, so `npm test` and the single scripts never
 * drift apart. Stops at the first failing stage and names it;
 * prints each stage's duration as it ends and a summary at the end; exits non-zero on any failure.
 */
import { spawn } from 'node:child_process'

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
const STAGES = [
  { name: 'typecheck', script: 'typecheck' },
  { name: 'lint', script: 'lint' },
  { name: 'jest (unit + flows)', script: 'test:unit', args: ['--ci'] },
  { name: 'mini (WeChat + Alipay host)', script: 'test:mini' },
  // The e2e specs, then the screenshot and painted-contrast suite on the same build (E2E_SKIP_BUILD: shared).
  { name: 'e2e (Chromium, H5 mock build)', script: 'test:e2e', env: { E2E_VISUAL: '0' } },
  { name: 'visual (screenshots, contrast)', script: 'test:visual', env: { E2E_SKIP_BUILD: '1' } },
  { name: 'start (npm start, stop signals)', script: 'test:start' },
]

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`

function runStage({ script, args = [], env = {} }) {
  return new Promise((resolve) => {
    // -s: no npm banner lines around the script's own output.
    const child = spawn(npm, ['run', '-s', script, ...(args.length ? ['--', ...args] : [])], {
      stdio: 'inherit',
      env: { ...process.env, ...env },
      shell: process.platform === 'win32',
    })
    child.on('error', (error) => {
      console.error(String(error))
      resolve(127)
    })
    child.on('close', (code, signal) => resolve(code ?? (signal ? 128 : 1)))
  })
}

const timings = []
const total = performance.now()
for (const stage of STAGES) {
  console.log(`\n▶ ${stage.name}  (npm run ${stage.script}${stage.args ? ' -- ' + stage.args.join(' ') : ''})`)
  const started = performance.now()
  const code = await runStage(stage)
  const took = seconds(performance.now() - started)
  timings.push(`${stage.name.padEnd(32)} ${took}${code === 0 ? '' : '  ✖'}`)
  if (code !== 0) {
    console.error(`\n✖ npm test FAILED at stage "${stage.name}" (exit code ${code}, after ${took})`)
    console.error(`  ${timings.join('\n  ')}`)
    process.exit(code || 1)
  }
  console.log(`✔ ${stage.name} passed in ${took}`)
}
console.log(`\n✔ npm test passed in ${seconds(performance.now() - total)}\n  ${timings.join('\n  ')}`)
