/** Unit and flow tests in Node: real Taro H5 components in jsdom (jest-fixed-jsdom keeps Node's fetch). */
const esmDependencies = [
  '@tarojs',
  '@stencil',
  'swiper',
  'ssr-window',
  'dom7',
  'msw',
  '@mswjs',
  '@bundled-es-modules',
  'until-async',
  'rettime',
  'outvariant',
  'strict-event-emitter',
  'headers-polyfill',
  'is-node-process',
  'valibot',
  'query-selector-shadow-dom',
  'lodash-es',
  'tslib',
  'split-on-first',
  'filter-obj',
  'decode-uri-component',
  'query-string',
  '\\.pnpm',
  'style-inject',
  '@open-draft',
]

module.exports = {
  // Every core: jest's default leaves one for itself, which on a 2-core machine runs the suite in one worker
  // (a cold run: 64 s with the default, 38 s with both cores).
  maxWorkers: '100%',
  // Flow tests render whole pages against the in-process gateway: on a busy 2-core machine (load 9, builds
  // beside it) 14 of them went over jest's 5 s default. 20 s leaves the margin and still fails a hang.
  testTimeout: 20_000,
  testEnvironment: 'jest-fixed-jsdom',
  testEnvironmentOptions: { customExportConditions: [''] },
  // A capability's flow and unit tests live in its room (src/<capability>/test); shared rooms' and whole-app tests in test/.
  roots: ['<rootDir>/src', '<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  // test/e2e and test/visual run under Playwright (playwright.config.ts), test/mini and test/start under Node's test runner.
  testPathIgnorePatterns: ['/test/e2e/', '/test/visual/', '/test/mini/', '/test/start/'],
  transform: {
    '^.+\\.(t|j)sx?$|^.+\\.mjs$': ['@swc/jest', { jsc: { transform: { react: { runtime: 'automatic' } } } }],
  },
  transformIgnorePatterns: [`/node_modules/(?!(${esmDependencies.join('|')})/)`],
  // Tests run Taro's H5 runtime, so an H5 twin (OutletMap.h5.tsx) wins over the mini-program file, as in the H5 build.
  moduleFileExtensions: ['h5.tsx', 'h5.ts', 'tsx', 'ts', 'js', 'jsx', 'mjs', 'json'],
  moduleNameMapper: {
    '^@tarojs/taro$': '<rootDir>/test/support/taro.ts',
    '^@tarojs/components$': '@tarojs/components/lib/react',
    '\\.(css|wxss)$': '<rootDir>/test/support/style.ts',
    '^@/(.*)$': '<rootDir>/src/$1',
    '^@mock/(.*)$': '<rootDir>/mock/$1',
    '^@test/(.*)$': '<rootDir>/test/$1',
  },
  setupFiles: ['<rootDir>/test/support/globals.ts'],
  globals: {
    ENABLE_INNER_HTML: true,
    ENABLE_ADJACENT_HTML: true,
    ENABLE_SIZE_APIS: true,
    ENABLE_TEMPLATE_CONTENT: true,
    ENABLE_MUTATION_OBSERVER: true,
    ENABLE_CLONE_NODE: true,
    ENABLE_CONTAINS: true,
    DEPRECATED_ADAPTER_COMPONENT: false,
    __TARO_FRAMEWORK__: 'react',
    MOCK_GATEWAY: false,
    GATEWAY_BASE_URL: 'https://gateway.test/api',
  },
}
