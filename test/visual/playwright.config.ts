/**
 * Screenshot and painted-contrast tests of the H5 mock build (dist/h5-mock) with @playwright/test, on
 * Debian's Chromium (never a downloaded browser) and the CJK font fonts-wqy-microhei. Projects: normal and
 * large-text mode; each test shoots its page at 390×844 and 320×568. Baselines live in
 * test/visual/__screenshots__; a diff fails and leaves expected/actual/diff PNGs in test-results/visual.
 * test/e2e/run.mjs serves the build and runs this (E2E_BASE_URL, E2E_CHROMIUM): after the e2e specs in
 * `npm run test:e2e`, alone in `npm run test:visual`; `npm run test:visual:update` rewrites the baselines.
 */
import path from 'node:path'
import { defineConfig } from '@playwright/test'
import { CHROMIUM_ARGS } from '../e2e/browser'
import type { VisualOptions } from './fixtures'

const ROOT = path.resolve(__dirname, '../..')
const baseURL = process.env.E2E_BASE_URL
if (!baseURL) throw new Error('E2E_BASE_URL is not set: run the visual suite through `npm run test:visual` (test/e2e/run.mjs)')
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
  reporter: [['list']],
  globalSetup: './global-setup.ts',
  expect: {
    timeout: 10_000,
    // Same build, same Chromium, same font: the pixels should match; a little room for anti-aliasing.
    toHaveScreenshot: { animations: 'disabled', caret: 'hide', scale: 'css', maxDiffPixels: 40, threshold: 0.2 },
  },
  // The browser; each worker's context (a phone, the clock set to FROZEN_NOW, the saved session) is made in fixtures.ts.
  use: { baseURL, browserName: 'chromium', launchOptions: { executablePath: chromium, args: CHROMIUM_ARGS }, trace: 'off' },
  projects: [
    { name: 'normal', use: { largeText: false } },
    // The painted-contrast and broken-number checks' own fixture pages have no large-text mode: they run once, in the normal project.
    { name: 'large', use: { largeText: true }, testIgnore: /(contrast|numbers)\.spec\.ts$/ },
  ],
})
