/**
 * Logs in once by SMS as the level2 resident (on H5 any valid phone and the mock's code) with the clock
 * frozen as in the tests, and saves the browser storage (session, mock state) for every test to start from.
 */
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { chromium, type FullConfig } from '@playwright/test'
import { logIn } from '../e2e/pages'
import { FROZEN_NOW, PHONE, SESSION_FILE } from './fixtures'

export default async function globalSetup(config: FullConfig): Promise<void> {
  const { baseURL, launchOptions } = config.projects[0].use
  if (!baseURL) throw new Error('visual: no baseURL')
  const browser = await chromium.launch(launchOptions)
  try {
    const context = await browser.newContext(PHONE)
    await context.clock.install({ time: FROZEN_NOW })
    const page = await context.newPage()
    await logIn(page, baseURL.replace(/\/$/, ''))
    mkdirSync(path.dirname(SESSION_FILE), { recursive: true })
    await context.storageState({ path: SESSION_FILE })
  } finally {
    await browser.close()
  }
}
