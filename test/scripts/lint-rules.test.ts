import { spawnSync } from 'node:child_process'
import path from 'node:path'

const root = path.resolve(__dirname, '../..')
const uses = (line: string) => `${line}\nexport const used = [x]\n`

/** Source linted as if it were `file`, with the project's own ESLint config. */
const CASES = {
  scanImportsMockEntry: ['src/code/scan/index.tsx', uses("import { x } from '@mock/entry'")],
  screenImportsMockPanel: ['src/ui/Screen.tsx', uses("import { x } from '../../mock/panel/TesterPanel'")],
  appImportsMockHandlers: ['src/app.tsx', uses("import { x } from '../mock/handlers'")],
  testImportsMock: ['test/flows/example.test.tsx', uses("import { x } from '@mock/handlers'")],
  mockImportsMock: ['mock/entry.ts', uses("import { x } from './handlers/code'")],
  pageImportsTaroButton: ['src/pages/home/index.tsx', uses("import { Button as x } from '@tarojs/components'")],
  pageImportsTaroView: ['src/pages/home/index.tsx', uses("import { View as x } from '@tarojs/components'")],
  uiChecksPlatform: ['src/ui/Field.tsx', uses("const x = process.env.TARO_ENV === 'h5'")],
  uiCallsWx: ['src/ui/Field.tsx', uses('const x = wx.getDeviceInfo()')],
  uiCallsMy: ['src/ui/Field.tsx', uses('const x = my.getSystemInfoSync()')],
  uiReadsNodeEnv: ['src/ui/Field.tsx', uses("const x = process.env.NODE_ENV === 'development'")],
  platformChecksPlatform: ['src/platform/index.ts', uses("const x = process.env.TARO_ENV === 'h5' ? wx : my")],
} as const

// One ESLint process for every case (starting ESLint with the TypeScript parser takes seconds).
const LINT = `
import { ESLint } from 'eslint'
const cases = JSON.parse(process.argv[1])
const eslint = new ESLint()
const out = {}
for (const [name, [filePath, text]] of Object.entries(cases)) {
  const [result] = await eslint.lintText(text, { filePath })
  out[name] = result.messages.map((m) => m.ruleId ?? 'parse-error')
}
process.stdout.write(JSON.stringify(out))
`
let reported: Record<keyof typeof CASES, string[]>
beforeAll(() => {
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', LINT, JSON.stringify(CASES)], { cwd: root, encoding: 'utf8' })
  if (result.status !== 0) throw new Error(result.stderr)
  reported = JSON.parse(result.stdout)
}, 60_000)

test.each(['scanImportsMockEntry', 'screenImportsMockPanel', 'appImportsMockHandlers'] as const)('the app never imports the mock: %s', (name) => {
  expect(reported[name]).toEqual(['no-restricted-imports'])
})

test('the mock and the tests may import the mock', () => {
  expect(reported.testImportsMock).toEqual([])
  expect(reported.mockImportsMock).toEqual([])
})

test('buttons come from src/ui/Button, not from @tarojs/components', () => {
  expect(reported.pageImportsTaroButton).toEqual(['no-restricted-imports'])
  expect(reported.pageImportsTaroView).toEqual([])
})

test('platform checks and wx / my calls stay in src/platform', () => {
  expect(reported.uiChecksPlatform).toEqual(['no-restricted-syntax'])
  expect(reported.uiCallsWx).toEqual(['no-restricted-globals'])
  expect(reported.uiCallsMy).toEqual(['no-restricted-globals'])
  expect(reported.uiReadsNodeEnv).toEqual([])
  expect(reported.platformChecksPlatform).toEqual([])
})
