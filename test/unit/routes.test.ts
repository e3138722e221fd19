/**
 * The route table (src/lib/routes.ts) against the code: page URLs passed to NavCell, LinkButton and the route
 * constants are typed `PageUrl`/`PageLink`, so a wrong one fails the typecheck; this catches the ones written
 * anywhere else (a navigateTo, a switchTab) by reading the source.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { APP_ROUTES, isAppPath } from '@/lib/routes'

const SRC = path.resolve(__dirname, '../../src')
const sourceFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name)
    return statSync(file).isDirectory() ? sourceFiles(file) : /\.tsx?$/.test(name) ? [file] : []
  })

/** Every quoted '/a/b/index'-shaped page path in the app's source, with its file. */
const PAGE_LITERALS = sourceFiles(SRC).flatMap((file) =>
  [...readFileSync(file, 'utf8').matchAll(/['"`](\/[a-z]+\/[a-z]+\/index)\b/g)].map((m) => ({ file: path.relative(SRC, file), url: m[1] })),
)

test('the source names pages (at least the tab pages and the claim wizard)', () => {
  const urls = PAGE_LITERALS.map((p) => p.url)
  expect(urls).toEqual(expect.arrayContaining(['/pages/home/index', '/claim/wizard/index', '/manage/reset/index']))
})

test('every page path written in the source is a route of app.config.ts', () => {
  expect(PAGE_LITERALS.filter(({ url }) => !isAppPath(url))).toEqual([])
})

test('a path that is not a page is caught (the check can fail)', () => {
  expect(isAppPath('/manage/rest/index')).toBe(false)
  expect(APP_ROUTES).toContain('manage/reset/index')
})
