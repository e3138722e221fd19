// Finds the Chromium the e2e tests and benchmarks drive. CHROMIUM_PATH (any installed Chromium or Chrome, e.g. on
// macOS or Windows) wins and is never installed over; otherwise Debian's /usr/bin/chromium, installed with apt-get
// when we are root on a Debian-like system. Never skips silently: without a browser it throws and names the fix.
import { execFileSync } from 'node:child_process'
import { accessSync, constants } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

export const CHROMIUM_PATH = '/usr/bin/chromium'
export const INSTALL_COMMAND = 'sudo apt-get install -y chromium'

function executable(file) {
  try {
    accessSync(file, constants.X_OK)
    return true
  } catch {
    return false
  }
}

function hasAptGet() {
  return ['/usr/bin/apt-get', '/bin/apt-get'].some(executable)
}

/**
 * Returns the Chromium executable path: $CHROMIUM_PATH when set (an error if it is not an executable file), else
 * /usr/bin/chromium, installing it with apt-get when possible; throws otherwise.
 */
export function ensureChromium({ log = (line) => console.log(line), env = process.env } = {}) {
  const chosen = env.CHROMIUM_PATH
  if (chosen) {
    if (executable(chosen)) return chosen
    throw new Error(
      `CHROMIUM_PATH is set to "${chosen}", which is not an executable file. Point it at an installed Chromium or Chrome, or unset it to use ${CHROMIUM_PATH}.`,
    )
  }
  if (executable(CHROMIUM_PATH)) return CHROMIUM_PATH
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
  if (isRoot && hasAptGet()) {
    log(`Chromium not found at ${CHROMIUM_PATH}: installing it with apt-get (one-off, about a minute)`)
    try {
      execFileSync('sh', ['-c', 'apt-get update && apt-get install -y chromium'], {
        stdio: 'inherit',
        env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      })
    } catch (error) {
      throw new Error(`Installing Chromium with apt-get failed (${error.message.split('\n')[0]}). Install it with: ${INSTALL_COMMAND}`)
    }
    if (executable(CHROMIUM_PATH)) return CHROMIUM_PATH
    throw new Error(`apt-get install chromium finished but ${CHROMIUM_PATH} is still missing`)
  }
  throw new Error(
    `Chromium is needed for the e2e tests and was not found at ${CHROMIUM_PATH}. Install it with: ${INSTALL_COMMAND}, or set CHROMIUM_PATH to an installed Chromium or Chrome.`,
  )
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  try {
    console.log(ensureChromium())
  } catch (error) {
    console.error(error.message)
    process.exit(1)
  }
}
