/**
 * File names in one casing: camelCase, PascalCase for a React component (and the stylesheet beside it); the rest
 * of the name is dot-separated lower-case suffixes (`.test.ts`, `.h5.tsx`, `.d.mts`). Screenshot baselines are
 * named after their page states and fixtures after what they imitate, so those two folders are left out.
 */
import { execFileSync } from 'node:child_process'
import path from 'node:path'

const ROOT = path.resolve(__dirname, '../..')
const tracked = execFileSync('git', ['ls-files', 'src', 'mock', 'test', 'scripts', 'config', 'types'], { cwd: ROOT, encoding: 'utf8' })
  .split('\n')
  .filter((file) => file && !file.includes('/__screenshots__/') && !file.startsWith('test/fixtures/'))

const ONE_CASING = /^[a-zA-Z][a-zA-Z0-9]*(\.[a-z0-9]+)*$/

test('every file name is camelCase or PascalCase, with lower-case suffixes', () => {
  expect(tracked.length).toBeGreaterThan(300)
  expect(tracked.filter((file) => !ONE_CASING.test(path.basename(file)))).toEqual([])
})

test('the rule refuses kebab-case, snake_case and upper-case suffixes', () => {
  expect(['check-weapp.mjs', 'api_members.json', 'Keypad.TSX'].filter((name) => ONE_CASING.test(name))).toEqual([])
  expect(['checkWeapp.mjs', 'Keypad.tsx', 'QrCode.h5.tsx', 'runtimeDeps.d.mts'].every((name) => ONE_CASING.test(name))).toBe(true)
})
