// Makes sure headless Chromium can draw Chinese: without a CJK font every character is a tofu box, which
// changes line breaks and layout and leaves the contrast and layout audits measuring the wrong page.
// Installs Debian's fonts-wqy-microhei (≈5 MB) with apt-get when we are root and no CJK font is present;
// otherwise it warns and names the command (the audits still run, on tofu).
import { execFileSync } from 'node:child_process'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

export const FONT_PACKAGE = 'fonts-wqy-microhei'
export const INSTALL_COMMAND = `sudo apt-get install -y ${FONT_PACKAGE}`

function hasCjkFont() {
  try {
    return execFileSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim().length > 0
  } catch {
    return false
  }
}

/** True when a CJK font is available (after installing one if needed and possible). Never throws. */
export function ensureFonts({ log = (line) => console.log(line) } = {}) {
  if (hasCjkFont()) return true
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
  if (isRoot) {
    log(`No CJK font found: installing ${FONT_PACKAGE} with apt-get (one-off)`)
    try {
      const install = `apt-get install -y --no-install-recommends ${FONT_PACKAGE} || (apt-get update && apt-get install -y --no-install-recommends ${FONT_PACKAGE})`
      execFileSync('sh', ['-c', install], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } })
    } catch (error) {
      log(`Installing ${FONT_PACKAGE} failed (${error.message.split('\n')[0]}); Chinese text will render as boxes`)
    }
    if (hasCjkFont()) return true
  }
  log(`Warning: no CJK font, so Chromium draws Chinese as boxes. Install one with: ${INSTALL_COMMAND}`)
  return false
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  process.exit(ensureFonts() ? 0 : 1)
}
