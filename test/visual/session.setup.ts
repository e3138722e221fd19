/**
 * The visual projects' set-up (project visual-session): logs in once by SMS as the level2 resident (on H5 any
 * valid phone and the mock's code) with the clock frozen as in the tests, and saves the browser storage
 * (session, mock state) for every test to start from; clears the last run's 长辈版 minima (./elder.teardown.ts).
 */
import { mkdirSync, rmSync } from 'node:fs'
import path from 'node:path'
import { test as setup } from '@playwright/test'
import { logIn } from '../e2e/pages'
import { ELDER_RESULTS_DIR } from './elder'
import { FROZEN_NOW, PHONE, SESSION_FILE } from './fixtures'

setup('log in as level2 and save the session', async ({ browser, baseURL }) => {
  if (!baseURL) throw new Error('visual: no baseURL')
  rmSync(ELDER_RESULTS_DIR, { recursive: true, force: true })
  const context = await browser.newContext(PHONE)
  await context.clock.install({ time: FROZEN_NOW })
  const page = await context.newPage()
  await logIn(page, baseURL.replace(/\/$/, ''))
  mkdirSync(path.dirname(SESSION_FILE), { recursive: true })
  await context.storageState({ path: SESSION_FILE })
  await context.close()
})
