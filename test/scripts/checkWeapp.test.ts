/** @jest-environment node */
import path from 'node:path'
import { fixtureCopy, fixtures, runScript } from './runScript'

// wcc, wcsc and miniprogram-ci each run in a real process: allow for a cold start.
jest.setTimeout(60_000)

test('a valid build passes and its packages are measured', () => {
  const { code, output } = runScript('checkWeapp.mjs', path.join(fixtures, 'weapp'))
  expect(output).toMatch(/^main\s+[\d.]+ KB of 2048\.00 KB$/m)
  expect(output).toMatch(/^sub\s+[\d.]+ KB of 2048\.00 KB$/m)
  expect(code).toBe(0)
})

test('an unclosed tag in a .wxml fails with file, line and message from wcc', () => {
  const dir = fixtureCopy('weapp', { 'pages/index/index.wxml': '<view>\n  <text>unclosed\n</view>\n' })
  const { code, output } = runScript('checkWeapp.mjs', dir)
  expect(output).toMatch(/wcc pages\/index\/index\.wxml:\d+:\d+: .*end-tag `text`/)
  expect(code).toBe(1)
})

test('every broken .wxml is reported, not only the first', () => {
  const dir = fixtureCopy('weapp', {
    'pages/index/index.wxml': '<view>',
    'sub/list/index.wxml': '<view>{{ a + }}</view>',
  })
  const { code, output } = runScript('checkWeapp.mjs', dir)
  expect(output).toContain('wcc pages/index/index.wxml')
  expect(output).toContain('wcc sub/list/index.wxml')
  expect(code).toBe(1)
})

test('a * selector and a broken brace in .wxss both fail through wcsc', () => {
  const dir = fixtureCopy('weapp', {
    'app.wxss': '* { margin: 0; }\n',
    'sub/list/index.wxss': '.list { margin: 0;\n.item { }\n',
  })
  const { code, output } = runScript('checkWeapp.mjs', dir)
  expect(output).toMatch(/wcsc app\.wxss\(1:1\): unexpected token `\*`/)
  expect(output).toMatch(/wcsc sub\/list\/index\.wxss\(\d+:\d+\)/)
  expect(code).toBe(1)
})

test('a sub-package over WeChat’s 2 MB limit fails', () => {
  const dir = fixtureCopy('weapp', { 'sub/big.png': Buffer.alloc(2 * 1024 * 1024 + 1) })
  const { code, output } = runScript('checkWeapp.mjs', dir)
  expect(output).toMatch(/miniprogram-ci: sub is [\d.]+ KB, over WeChat's limit of 2048\.00 KB/)
  expect(code).toBe(1)
})
