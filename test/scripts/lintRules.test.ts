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
  featureImportsTaroButton: ['src/records/index/index.tsx', uses("import { Button as x } from '@tarojs/components'")],
  // the rooms (README, Architecture)
  featureImportsFeature: ['src/claim/wizard/index.tsx', uses("import { x } from '@/records/labels'")],
  featureImportsFeatureType: ['src/outlets/list/index.tsx', uses("import type { x } from '@/code/api'")],
  featureClimbsToFeature: ['src/claim/wizard/index.tsx', uses("import { x } from '../../records/labels'")],
  coreImportsFeature: ['src/identity/VerifyIdentity.tsx', uses("import { x } from '@/manage/device'")],
  libImportsCapability: ['src/lib/format.ts', uses("import type { x } from '@/code/api'")],
  libImportsPlatform: ['src/lib/format.ts', uses("import { x } from '@/platform'")],
  gatewayImportsCore: ['src/gateway/hooks.ts', uses("import { x } from '@/identity/RequestView'")],
  storesImportShell: ['src/stores/session.ts', uses("import { x } from '@/pages/home/CityPicker'")],
  uiCallsGateway: ['src/ui/Field.tsx', uses("import { x } from '@/gateway/client'")],
  contractImportsCapabilityPage: ['src/gateway/contract.ts', uses("import { x } from '@/claim/levels'")],
  featureImportsCore: ['src/claim/wizard/index.tsx', uses("import { x } from '@/identity/VerifyIdentity'")],
  featureImportsCity: ['src/outlets/list/index.tsx', uses("import { x } from '@/city/store'")],
  featureImportsShared: ['src/records/index/index.tsx', uses("import { x } from '@/gateway/hooks'")],
  featureImportsItsOwnRoom: ['src/code/scan/index.tsx', uses("import { x } from '@/code/api'")],
  coreImportsCore: ['src/city/leave/index.tsx', uses("import { x } from '@/identity/RequestView'")],
  shellImportsFeature: ['src/pages/home/index.tsx', uses("import { x } from '@/records/labels'")],
  uiImportsGatewayType: ['src/ui/Field.tsx', uses("import type { x } from '@/gateway/errors'")],
  contractImportsSlice: ['src/gateway/contract.ts', uses("import { x } from '@/claim/api'")],
} as const

// One ESLint process for every case (starting ESLint with the TypeScript parser takes seconds).
const LINT = `
import { ESLint } from 'eslint'
const cases = JSON.parse(process.argv[1])
const eslint = new ESLint()
const out = {}
for (const [name, [filePath, text]] of Object.entries(cases)) {
  const [result] = await eslint.lintText(text, { filePath })
  out[name] = result.messages.map((m) => (m.ruleId ?? 'parse-error') + ': ' + m.message)
}
process.stdout.write(JSON.stringify(out))
`
let reported: Record<keyof typeof CASES, string[]>
beforeAll(() => {
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', LINT, JSON.stringify(CASES)], { cwd: root, encoding: 'utf8' })
  if (result.status !== 0) throw new Error(result.stderr)
  reported = JSON.parse(result.stdout)
}, 60_000)

const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
/** One message, from this rule, for this reason. */
const flagged = (rule: string, reason: string) => [expect.stringMatching(new RegExp(`^${literal(rule)}: .*${literal(reason)}`))]
/** One message: the import refused, for this reason. */
const refused = (reason: string) => flagged('@typescript-eslint/no-restricted-imports', reason)

test.each(['scanImportsMockEntry', 'screenImportsMockPanel', 'appImportsMockHandlers'] as const)('the app never imports the mock: %s', (name) => {
  expect(reported[name]).toEqual(refused('The app never imports the mock'))
})

test('the mock and the tests may import the mock', () => {
  expect(reported.testImportsMock).toEqual([])
  expect(reported.mockImportsMock).toEqual([])
})

test.each(['pageImportsTaroButton', 'featureImportsTaroButton'] as const)('buttons come from src/ui/Button, not from @tarojs/components: %s', (name) => {
  expect(reported[name]).toEqual(refused("Use Button from '@/ui/Button'"))
})

test('the other components of @tarojs/components are imported as they are', () => {
  expect(reported.pageImportsTaroView).toEqual([])
})

test('platform checks and wx / my calls stay in src/platform', () => {
  expect(reported.uiChecksPlatform).toEqual(flagged('no-restricted-syntax', 'Platform checks belong in src/platform'))
  expect(reported.uiCallsWx).toEqual(flagged('no-restricted-globals', 'WeChat APIs are called in src/platform only'))
  expect(reported.uiCallsMy).toEqual(flagged('no-restricted-globals', 'Alipay APIs are called in src/platform only'))
  expect(reported.uiReadsNodeEnv).toEqual([])
  expect(reported.platformChecksPlatform).toEqual([])
})

test.each(['featureImportsFeature', 'featureImportsFeatureType'] as const)('a feature capability imports no other feature: %s', (name) => {
  expect(reported[name]).toEqual(refused('A feature capability imports no other feature'))
})

test('another room is imported through @/, not a relative path that climbs into it', () => {
  expect(reported.featureClimbsToFeature).toEqual(refused('Another room is imported through'))
})

test('a core capability imports no feature capability', () => {
  expect(reported.coreImportsFeature).toEqual(refused('A core capability (identity, city) imports no feature'))
})

test.each(['gatewayImportsCore', 'storesImportShell'] as const)('a shared room imports no capability nor the shell: %s', (name) => {
  expect(reported[name]).toEqual(refused('A shared room (lib, platform, gateway, ui, stores) imports no capability'))
})

test.each(['libImportsCapability', 'libImportsPlatform'] as const)('src/lib is pure: it imports no other room: %s', (name) => {
  expect(reported[name]).toEqual(refused('src/lib holds pure helpers: it imports no other room'))
})

test('src/ui calls no gateway; it may import its types', () => {
  expect(reported.uiCallsGateway).toEqual(refused('src/ui is presentational'))
  expect(reported.uiImportsGatewayType).toEqual([])
})

test('gateway/contract.ts imports the capabilities’ contract slices and nothing else of them', () => {
  expect(reported.contractImportsSlice).toEqual([])
  expect(reported.contractImportsCapabilityPage).toEqual(refused('gateway/contract.ts imports a capability’s contract slice'))
})

test.each(['featureImportsCore', 'featureImportsCity', 'featureImportsShared', 'featureImportsItsOwnRoom', 'coreImportsCore', 'shellImportsFeature'] as const)(
  'the allowed directions pass: %s',
  (name) => {
    expect(reported[name]).toEqual([])
  },
)
