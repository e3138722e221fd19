/** @jest-environment node */
import path from 'node:path'
import { fixtureCopy, fixtures, runScript } from './runScript'

test('a valid build passes', () => {
  const { code, output } = runScript('checkAlipay.mjs', path.join(fixtures, 'alipay'))
  expect(output).toContain('OK')
  expect(code).toBe(0)
})

test('a sub-package page without its .acss fails', () => {
  const { code, output } = runScript('checkAlipay.mjs', fixtureCopy('alipay', { 'sub/list/index.acss': null }))
  expect(output).toContain('sub/list/index.acss: missing (page listed in app.json)')
  expect(code).toBe(1)
})

test('a page without its .axml, .js or .json fails, every miss listed', () => {
  const dir = fixtureCopy('alipay', { 'pages/index/index.axml': null, 'pages/index/index.js': null, 'sub/list/index.json': null })
  const { code, output } = runScript('checkAlipay.mjs', dir)
  expect(output).toContain('pages/index/index.axml: missing')
  expect(output).toContain('pages/index/index.js: missing')
  expect(output).toContain('sub/list/index.json: missing')
  expect(code).toBe(1)
})

// The valid fixture's base.axml has comments, self-closing tags, '>' in quoted attributes and
// '<' inside {{ }}: the parser must accept those and reject these.
test.each([
  ['an unclosed tag', '<view>\n  <text>hi\n</view>\n', '2:3: <text> is never closed'],
  ['a stray closing tag', '<view></text></view>', '1:7: </text> has no matching open tag'],
  ['an unterminated attribute', '<view class="a></view>', '1:13: value of class in <view> is not terminated'],
  ['an unterminated comment', '<view><!-- </view>', '1:7: unterminated comment'],
  ['an unterminated expression', '<view>{{ a </view>', '1:7: unterminated {{ expression'],
])('malformed .axml fails: %s', (_, axml, problem) => {
  const { code, output } = runScript('checkAlipay.mjs', fixtureCopy('alipay', { 'sub/list/index.axml': axml }))
  expect(output).toContain(`sub/list/index.axml:${problem}`)
  expect(code).toBe(1)
})

test('an app.json that does not parse fails', () => {
  const { code, output } = runScript('checkAlipay.mjs', fixtureCopy('alipay', { 'app.json': '{ "pages": [' }))
  expect(output).toMatch(/^app\.json: /m)
  expect(code).toBe(1)
})

test('an import of a missing file fails', () => {
  const { code, output } = runScript('checkAlipay.mjs', fixtureCopy('alipay', { 'utils.sjs': null }))
  expect(output).toContain('base.axml: imports ./utils.sjs, which does not exist')
  expect(code).toBe(1)
})
