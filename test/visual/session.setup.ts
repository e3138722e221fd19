/**
 * The visual projects' set-up (project visual-session): logs in once by SMS as the level2 resident (on H5 any
 * valid phone and the mock's code) with the clock frozen as in the tests, and saves the browser storage
 * (session, mock state) for every test to start from.
 */
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { test as setup } from '@playwright/test'
import { logIn } from '../e2e/pages'
import { FROZEN_NOW, PHONE, SESSION_FILE } from './fixtures'

setup('log in as level2 and save the session', async ({ browser, baseURL }) => {
  if (!baseURL) throw new Error('visual: no baseURL')
  const context = await browser.newContext(PHONE)
  await context.clock.install({ time: FROZEN_NOW })
  const page = await context.newPage()
  await logIn(page, baseURL.replace(/\/$/, ''))
  mkdirSync(path.dirname(SESSION_FILE), { recursive: true })
  await context.storageState({ path: SESSION_FILE })
  await context.close()
})
