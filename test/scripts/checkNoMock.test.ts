import { execFileSync } from 'node:child_process'
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { MOCK_SENTINEL } from '@mock/gateway'

function run(dir: string) {
  try {
    execFileSync('node', ['scripts/checkNoMock.mjs', dir], { stdio: 'pipe' })
    return { code: 0, output: '' }
  } catch (error) {
    const failure = error as { status: number; stderr: Buffer }
    return { code: failure.status, output: failure.stderr.toString() }
  }
}

test('a build with the mock sentinel fails, naming the file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nomock-'))
  mkdirSync(join(dir, 'js'))
  writeFileSync(join(dir, 'js', 'app.js'), `var x="${MOCK_SENTINEL}"`)
  const result = run(dir)
  expect(result.code).toBe(1)
  expect(result.output).toContain('app.js')
})

test('a clean build passes', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nomock-'))
  writeFileSync(join(dir, 'app.js'), 'var x="real gateway"')
  expect(run(dir).code).toBe(0)
})
