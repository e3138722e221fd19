import { readdirSync } from 'node:fs'
import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import tseslint from 'typescript-eslint'
import globals from 'globals'

// Taro's Button renders disabled={false} as disabled="false", which Taro's and WeUI's [disabled] rules paint as
// disabled: every button goes through src/ui/Button, which passes boolean props only when true.
const taroButton = { name: '@tarojs/components', importNames: ['Button'], message: 'Use Button from \'@/ui/Button\' (it never renders disabled="false").' }
const noMock = {
  group: ['@mock', '@mock/*', '**/mock', '**/mock/*'],
  message: 'The app never imports the mock (mock/entry.ts plugs it in, in mock builds only).',
}

/*
 * The rooms of src/ (README, Architecture): each folder is a room, and a room imports another only through '@/'.
 * Shared rooms serve everyone and import no capability; the core capabilities serve the feature capabilities; a
 * feature capability imports no other feature; the shell (the tab pages) may import any room. Every folder of src/
 * that is not named below is a feature capability, so a new one is covered without editing this file.
 */
const SHARED = ['lib', 'platform', 'gateway', 'ui', 'stores']
const CORE = ['identity', 'city']
const SHELL = ['pages']
const ROOMS = readdirSync(new URL('src', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== 'assets')
  .map((entry) => entry.name)
const FEATURES = ROOMS.filter((room) => ![...SHARED, ...CORE, ...SHELL].includes(room))

/** Imports of any room but these: `@/<room>` and `@/<room>/…`. */
const roomsExcept = (allowed, message) => ({ regex: `^@/(?!(?:${allowed.join('|')})(?:/|$))`, message })
const sharedRule = roomsExcept(SHARED, `A shared room (${SHARED.join(', ')}) imports no capability and not the shell.`)
const libRule = roomsExcept(['lib'], 'src/lib holds pure helpers: it imports no other room (no platform, store or gateway).')
const coreRule = roomsExcept([...SHARED, ...CORE], `A core capability (${CORE.join(', ')}) imports no feature capability and not the shell.`)
const featureRule = (room) =>
  roomsExcept(
    [...SHARED, ...CORE, room],
    `A feature capability imports no other feature: share through a shared room or a core capability (${CORE.join(', ')}).`,
  )
/** gateway/contract.ts merges the capabilities' contract slices: of a capability it imports the api.ts only. */
const contractRule = {
  regex: `^@/(?!(?:${SHARED.join('|')})(?:/|$))[^/]+(?:/(?!api$).*)?$`,
  message: 'gateway/contract.ts imports a capability’s contract slice (src/<capability>/api.ts) and nothing else of it.',
}
const uiNoGateway = {
  group: ['@/gateway', '@/gateway/*'],
  allowTypeImports: true,
  message: 'src/ui is presentational: no gateway call (import type is fine); a piece that calls the gateway belongs to its capability.',
}
const noRelativeRoomEscape = {
  regex: `^(?:\\.\\./)+(?:${ROOMS.join('|')})(?:/|$)`,
  message: 'Another room is imported through "@/<room>/…", so the room rules see it.',
}

/** One block per room: ESLint replaces a rule's options per matching block, so each block lists all of its file's restrictions. */
function roomBlocks() {
  const block = (files, patterns, paths = [taroButton]) => ({
    files,
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { paths, patterns: [noMock, noRelativeRoomEscape, ...patterns] }] },
  })
  const inRoom = (room) => [`src/${room}/**/*.{ts,tsx}`]
  const uiRules = [sharedRule, uiNoGateway]
  return [
    block(['src/*.{ts,tsx}', ...SHELL.flatMap(inRoom)], []),
    ...SHARED.map((room) => block(inRoom(room), { lib: [libRule], ui: uiRules }[room] ?? [sharedRule])),
    ...CORE.map((room) => block(inRoom(room), [coreRule])),
    ...FEATURES.map((room) => block(inRoom(room), [featureRule(room)])),
    block(['src/gateway/contract.ts'], [contractRule]),
    // Taro's Button is wrapped here, and only here.
    block(['src/ui/Button.tsx'], uiRules, []),
  ]
}

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'test-results/**', 'bench-results/**', 'test/fixtures/**', 'docs/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.{js,mjs,cjs,ts,tsx}'],
    languageOptions: {
      globals: {
        ...globals.browser,
        ...globals.node,
        ...globals.jest,
        MOCK_GATEWAY: 'readonly',
        GATEWAY_BASE_URL: 'readonly',
        wx: 'readonly',
        my: 'readonly',
        defineAppConfig: 'readonly',
        definePageConfig: 'readonly',
      },
    },
  },
  { files: ['**/*.{ts,tsx}'], rules: { '@typescript-eslint/no-restricted-imports': ['error', { paths: [taroButton] }] } },
  ...roomBlocks(),
  // A room's tests (src/<room>/test) drive its pages against the mock through the shared test support: they are
  // not product code, so the room rules and the no-mock rule stop at the folder.
  { files: ['src/*/test/**/*.{ts,tsx}'], rules: { '@typescript-eslint/no-restricted-imports': ['error', { paths: [taroButton] }] } },
  {
    // WeChat, Alipay and H5 differ in src/platform only, and in per-platform files (X.h5.tsx beside X.tsx).
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/platform/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[property.name='TARO_ENV'][object.property.name='env'][object.object.name='process']",
          message: 'Platform checks belong in src/platform (or a per-platform file, X.h5.tsx beside X.tsx).',
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'wx', message: 'WeChat APIs are called in src/platform only.' },
        { name: 'my', message: 'Alipay APIs are called in src/platform only.' },
      ],
    },
  },
  // Playwright fixtures hand over their value with a function named `use`, which is not React's hook.
  { files: ['test/visual/**/*.ts', 'test/e2e/**/*.ts'], rules: { 'react-hooks/rules-of-hooks': 'off' } },
  {
    files: ['**/*.cjs', 'babel.config.js', 'jest.config.js', 'config/*.js'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
    languageOptions: { sourceType: 'commonjs' },
  },
)
