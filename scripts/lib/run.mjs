// Running a command for the test runners (test/e2e/run.mjs, test/mini/run.mjs), from the repo root.
import { spawn } from 'node:child_process'
import { repoRoot } from './miniprogram.mjs'

/** Runs a command; resolves to its exit code. Output is kept and only shown if `quiet` and it fails. */
export function run(command, args, { quiet = false, env = process.env, cwd = repoRoot } = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, env, stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit' })
    let output = ''
    if (quiet) {
      child.stdout.on('data', (chunk) => (output += chunk))
      child.stderr.on('data', (chunk) => (output += chunk))
    }
    const forward = (signal) => child.kill(signal)
    process.once('SIGINT', forward)
    process.once('SIGTERM', forward)
    child.on('error', (error) => {
      output += String(error)
      resolve(127)
    })
    child.on('close', (code, signal) => {
      process.off('SIGINT', forward)
      process.off('SIGTERM', forward)
      // eslint-disable-next-line no-control-regex -- strip the build's progress-bar escape codes
      if (quiet && code !== 0) process.stderr.write(output.replace(/\x1b\[[0-9;]*[A-Za-z]/g, ''))
      resolve(code ?? (signal ? 128 : 1))
    })
  })
}
