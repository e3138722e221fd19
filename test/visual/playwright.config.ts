/**
 * Screenshot and painted-contrast tests of the H5 mock build (dist/h5-mock) with @playwright/test, on
 * Debian's Chromium (never a downloaded browser) and the CJK font fonts-wqy-microhei. Projects: normal and
 * large-text mode; each test shoots its page at 390×844 and 320×568. Baselines live in
 * test/visual/__screenshots__; a diff fails and leaves expected/actual/diff PNGs in test-results/visual.
 * `npm run test:e2e` serves the build and runs this after the e2e specs (E2E_BASE_URL); on its own:
 * `npm run test:visual` (serves dist/h5-mock itself), `npm run test:visual:update` rewrites the baselines.
 */
import path from 'node:path'
import { defineConfig } from '@playwright/test'
import { CHROMIUM_ARGS } from '../e2e/browser'
import { SESSION_FILE, type VisualOptions } from './fixtures'

const ROOT = path.resolve(__dirname, '../..')
const PORT = 10_186
const external = process.env.E2E_BASE_URL
const chromium = process.env.E2E_CHROMIUM ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

export default defineConfig<VisualOptions>({
  testDir: '.',
  testMatch: /\.spec\.ts$/,
  outputDir: path.join(ROOT, 'test-results/visual'),
  snapshotPathTemplate: '{testDir}/__screenshots__/{projectName}/{arg}{ext}',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  reporter: [['list'], ['html', { outputFolder: path.join(ROOT, 'test-results/visual-report'), open: 'never' }]],
  globalSetup: './global-setup.ts',
  expect: {
    timeout: 10_000,
    // Same build, same Chromium, same font: the pixels should match; a little room for anti-aliasing.
    toHaveScreenshot: { animations: 'disabled', caret: 'hide', scale: 'css', maxDiffPixels: 40, threshold: 0.2 },
  },
  use: {
    baseURL: external ?? `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    launchOptions: { executablePath: chromium, args: CHROMIUM_ARGS },
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 1,
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    storageState: SESSION_FILE,
    trace: 'off',
  },
  projects: [
    { name: 'normal', use: { largeText: false } },
    { name: 'large', use: { largeText: true } },
  ],
  webServer: external ? undefined : { command: `node scripts/serve.mjs dist/h5-mock ${PORT}`, cwd: ROOT, url: `http://127.0.0.1:${PORT}/`, reuseExistingServer: false },
})
