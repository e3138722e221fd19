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
  {
    files: ['**/*.{ts,tsx}'],
    ignores: ['src/ui/Button.tsx'],
    rules: { 'no-restricted-imports': ['error', { paths: [taroButton] }] },
  },
  {
    // The app never imports the mock: builds with the mock add mock/entry.ts themselves (config/mock-entry.ts).
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/ui/Button.tsx'],
    rules: { 'no-restricted-imports': ['error', { paths: [taroButton], patterns: [noMock] }] },
  },
  { files: ['src/ui/Button.tsx'], rules: { 'no-restricted-imports': ['error', { patterns: [noMock] }] } },
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
