import { readFileSync } from 'node:fs'
import path from 'node:path'
import { readmeBlock, runtimeDependencyList } from '../../scripts/runtimeDeps.mjs'

test("README's security section lists every shipped runtime dependency at its locked version (node scripts/runtimeDeps.mjs)", () => {
  const readme = readFileSync(path.resolve(__dirname, '../../README.md'), 'utf8')
  expect(readmeBlock(readme)).toBe(runtimeDependencyList())
})

test('build-only packages stay out of dependencies', () => {
  const { dependencies } = JSON.parse(readFileSync(path.resolve(__dirname, '../../package.json'), 'utf8')) as { dependencies: Record<string, string> }
  for (const name of ['@tarojs/cli', '@tarojs/helper', '@tarojs/webpack5-runner', '@tarojs/taro-loader', 'babel-preset-taro', 'webpack', '@babel/core']) {
    expect(Object.keys(dependencies)).not.toContain(name)
  }
})
