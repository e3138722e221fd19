import { spawnSync } from 'node:child_process'
import path from 'node:path'

const repoRoot = path.resolve(__dirname, '../..')

/** scripts/ensureChromium.mjs run as a command with CHROMIUM_PATH set, as a contributor on macOS would. */
function ensureChromium(chromiumPath: string) {
  const result = spawnSync(process.execPath, [path.join(repoRoot, 'scripts/ensureChromium.mjs')], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...process.env, CHROMIUM_PATH: chromiumPath },
  })
  return { code: result.status, stdout: result.stdout.trim(), stderr: result.stderr }
}

test('CHROMIUM_PATH names the browser to drive, whatever /usr/bin holds', () => {
  // Any executable stands in for an installed Chrome: the script only has to pick it.
  const result = ensureChromium(process.execPath)
  expect(result).toMatchObject({ code: 0, stdout: process.execPath })
})

test('a CHROMIUM_PATH that does not exist is a clear error, and nothing is installed', () => {
  const missing = path.join(repoRoot, 'no-such-dir', 'chrome')
  const result = ensureChromium(missing)
  expect(result.code).toBe(1)
  expect(result.stderr).toContain(`CHROMIUM_PATH is set to "${missing}", which is not an executable file`)
  expect(result.stdout).not.toMatch(/apt-get/)
  expect(result.stderr).not.toMatch(/Reading package lists/)
})
