/**
 * Chromium on the production H5 build with the mock gateway compiled in (dist/h5-mock), served by
 * scripts/serve.mjs on 127.0.0.1 (E2E_PORT; test/e2e/run.mjs builds first and picks a free port).
 * - e2e (test/e2e): the specs, each in its own worker with one browser session (test/e2e/fixtures.ts);
 *   e2e-large runs the specs that check both modes (axe) again in large-text mode.
 * - visual (test/visual): every page and key state against the baselines in test/visual/__screenshots__ at
 *   390×844 and 320×568, and the painted-contrast check; visual-large in large-text mode. visual-session logs
 *   in once and saves the storage they start from; visual-report prints the 长辈版 rules' measured minima
 *   (test/visual/elder.ts) after them. A diff leaves expected/actual/diff PNGs in test-results/visual.
 * - The production build with its gateway at /api (dist/h5-bench, no mock code), served with the mock gateway
 *   over real HTTP by a second webServer on E2E_PRODUCTION_PORT (scripts/lib/h5Production.mjs): the e2e
 *   project's `productionURL`, for test/e2e/security.spec.ts. run.mjs builds it and sets the port when it runs
 *   the e2e projects; without the port there is no such server (the visual projects don't need it).
 * Every build is served with the host's security headers (its _headers: CSP, HSTS, …), and every e2e session
 * fails on a CSP violation (test/e2e/browser.ts).
 * `npm run test:e2e` runs e2e, e2e-large (and the visual projects unless E2E_VISUAL=0); `npm run test:visual`
 * the visual ones; `npm run test:visual:update` rewrites the baselines.
 * The browser: $CHROMIUM_PATH (any Chromium or Chrome, on any system); on Linux without it Debian's
 * /usr/bin/chromium, installed by scripts/ensureChromium.mjs when it can; elsewhere Playwright's own Chromium
 * (`npx playwright install chromium`).
 */
import { execFileSync } from 'node:child_process'
import { defineConfig } from '@playwright/test'
import { CHROMIUM_ARGS } from './test/e2e/browser'
import type { E2eOptions } from './test/e2e/fixtures'
import { AUDIT_PERSONA } from './test/e2e/pages'
import type { VisualOptions } from './test/visual/fixtures'

const port = Number(process.env.E2E_PORT ?? 4173)
const baseURL = `http://127.0.0.1:${port}`
const productionPort = process.env.E2E_PRODUCTION_PORT
const productionURL = productionPort ? `http://127.0.0.1:${productionPort}` : ''

if (process.platform === 'linux') {
  // Prints the path last (after any apt-get output); the workers inherit the variable.
  const printed = execFileSync(process.execPath, ['scripts/ensureChromium.mjs'], { cwd: __dirname, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] })
  process.env.CHROMIUM_PATH = printed.trim().split('\n').pop()
}

const screenshots = (mode: string) => `{testDir}/__screenshots__/${mode}/{arg}{ext}`

export default defineConfig<E2eOptions & VisualOptions>({
  workers: 2,
  retries: 0,
  timeout: 60_000,
  reporter: [['list']],
  expect: {
    timeout: 10_000,
    // Same build, same Chromium, same font: the pixels should match; a little room for anti-aliasing.
    toHaveScreenshot: { animations: 'disabled', caret: 'hide', scale: 'css', maxDiffPixels: 40, threshold: 0.2 },
  },
  use: { baseURL, browserName: 'chromium', launchOptions: { executablePath: process.env.CHROMIUM_PATH, args: CHROMIUM_ARGS }, trace: 'off' },
  webServer: [
    { command: `node scripts/serve.mjs dist/h5-mock ${port}`, url: baseURL, reuseExistingServer: false, timeout: 30_000 },
    ...(productionURL
      ? [{ command: `node scripts/lib/h5Production.mjs ${productionPort} ${AUDIT_PERSONA}`, url: productionURL, reuseExistingServer: false, timeout: 30_000 }]
      : []),
  ],
  projects: [
    // The long axe walk in large-text mode first, so the two workers finish together.
    { name: 'e2e-large', testDir: 'test/e2e', testMatch: /a11y\.spec\.ts$/, grepInvert: /@once/, outputDir: 'test-results/e2e', use: { largeText: true } },
    { name: 'e2e', testDir: 'test/e2e', outputDir: 'test-results/e2e', use: { largeText: false, productionURL } },
    { name: 'visual-session', testDir: 'test/visual', testMatch: /session\.setup\.ts$/, outputDir: 'test-results/visual', teardown: 'visual-report' },
    { name: 'visual-report', testDir: 'test/visual', testMatch: /elder\.teardown\.ts$/, outputDir: 'test-results/visual' },
    {
      name: 'visual',
      testDir: 'test/visual',
      dependencies: ['visual-session'],
      fullyParallel: true,
      outputDir: 'test-results/visual',
      snapshotPathTemplate: screenshots('normal'),
      use: { largeText: false },
    },
    {
      name: 'visual-large',
      testDir: 'test/visual',
      dependencies: ['visual-session'],
      fullyParallel: true,
      outputDir: 'test-results/visual',
      snapshotPathTemplate: screenshots('large'),
      // The painted-contrast, broken-number and 长辈版 checks' own fixture pages have no large-text mode, and the browser
      // fontSetting spec turns 长辈版 on itself: they run once, in the normal project.
      testIgnore: /(contrast|numbers|elder|fontSetting)\.spec\.ts$/,
      use: { largeText: true },
    },
  ],
})
