/**
 * The visual projects' tear-down (project visual-report, after visual and visual-large): merges each test's 长辈版 minima (test-results/elder/<mode>-<state>.json) into
 * test-results/elder/minima.json, per mode and rule with the page where the minimum was met, and prints it.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { test as teardown } from '@playwright/test'
import { ELDER_RESULTS_DIR, type Rule } from './elder'

teardown('print the 长辈版 measured minima', () => {
  let files: string[]
  try {
    files = readdirSync(ELDER_RESULTS_DIR).filter((f) => f.endsWith('.json') && f !== 'minima.json')
  } catch {
    return
  }
  const report: Record<string, Partial<Record<Rule, { value: number; page: string }>>> = {}
  for (const file of files) {
    const [mode, ...rest] = file.replace(/\.json$/, '').split('-')
    const minima = JSON.parse(readFileSync(path.join(ELDER_RESULTS_DIR, file), 'utf8')) as Partial<Record<Rule, number>>
    const modeReport = (report[mode] ??= {})
    for (const [rule, value] of Object.entries(minima) as [Rule, number][]) {
      if (value < (modeReport[rule]?.value ?? Infinity)) modeReport[rule] = { value, page: rest.join('-') }
    }
  }
  const out = path.join(ELDER_RESULTS_DIR, 'minima.json')
  writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`)
  console.log(`长辈版 measured minima (${files.length} page states; ${path.relative(process.cwd(), out)}):`)
  for (const [mode, rules] of Object.entries(report)) {
    console.log(
      `  ${mode}: ${Object.entries(rules)
        .map(([rule, m]) => `${rule} ${m.value} (${m.page})`)
        .join(', ')}`,
    )
  }
})
