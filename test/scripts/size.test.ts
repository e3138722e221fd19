/** @jest-environment node */
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { fixtures, runScript } from './runScript'

const work = mkdtempSync(path.join(tmpdir(), 'size-test-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

function budgetFile(name: string, budgets: object): string {
  const file = path.join(work, `${name}.json`)
  writeFileSync(file, JSON.stringify(budgets))
  return file
}

const generous = {
  weapp: { mainKB: 10, subPackageKB: 10 },
  alipay: { mainKB: 10, subPackageKB: 10 },
  h5: { initialJsGzipKB: 10 },
}
const bytes = (...files: string[]) => files.reduce((sum, f) => sum + statSync(path.join(fixtures, f)).size, 0)

test('within budget: exits 0 and writes the measured bytes with --json', () => {
  const json = path.join(work, 'sizes.json')
  const { code, output } = runScript('size.mjs', '--dist', fixtures, '--budgets', budgetFile('generous', generous), '--json', json)
  expect(code).toBe(0)
  expect(output).toMatch(/^weapp\s+main\s+\d+/m)
  const sizes = JSON.parse(readFileSync(json, 'utf8'))
  expect(sizes.weapp.subPackages).toEqual({
    sub: bytes('weapp/sub/list/index.js', 'weapp/sub/list/index.json', 'weapp/sub/list/index.wxml', 'weapp/sub/list/index.wxss'),
  })
  expect(sizes.alipay.main).toBe(
    bytes(
      ...['app.acss', 'app.js', 'app.json', 'base.axml', 'utils.sjs', 'pages/index/index.axml', 'pages/index/index.js', 'pages/index/index.json'].map(
        (f) => `alipay/${f}`,
      ),
    ),
  )
  // Only the scripts index.html loads count, each gzipped on its own; js/page.js is loaded later.
  const gzip = (f: string) => gzipSync(readFileSync(path.join(fixtures, 'h5', f))).length
  expect(sizes.h5).toMatchObject({ raw: bytes('h5/js/vendors.js', 'h5/js/app.js'), gzip: gzip('js/vendors.js') + gzip('js/app.js') })
})

test('over budget: exits non-zero and names what is over', () => {
  const tight = { ...generous, alipay: { mainKB: 0.1, subPackageKB: 10 }, h5: { initialJsGzipKB: 0.01 } }
  const { code, output } = runScript('size.mjs', '--dist', fixtures, '--budgets', budgetFile('tight', tight))
  expect(output).toMatch(/over budget: alipay main is [\d.]+ KB, budget 0\.1 KB/)
  expect(output).toMatch(/over budget: h5 initial JS gzip is [\d.]+ KB, budget 0\.01 KB/)
  expect(output).not.toMatch(/over budget: weapp/)
  expect(code).toBe(1)
})

test("a sub-package's own budget overrides the common one", () => {
  const own = { ...generous, weapp: { mainKB: 10, subPackageKB: 10, subPackagesKB: { sub: 0.01 } } }
  const { code, output } = runScript('size.mjs', '--dist', fixtures, '--budgets', budgetFile('own', own))
  expect(output).toMatch(/over budget: weapp sub \(sub-package\) is [\d.]+ KB, budget 0\.01 KB/)
  expect(output).not.toMatch(/over budget: alipay/)
  expect(code).toBe(1)
})

test('a missing build is an error naming the build command', () => {
  const emptyDist = mkdtempSync(path.join(work, 'dist-'))
  const { code, output } = runScript('size.mjs', '--dist', emptyDist, '--budgets', budgetFile('generous', generous))
  for (const target of ['weapp', 'alipay', 'h5']) expect(output).toContain(`${target} does not exist: run npm run build:${target} first`)
  expect(code).toBe(1)
})
