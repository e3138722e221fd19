// Structural check of the Alipay build (Alipay's own tools cannot run offline):
// `node scripts/checkAlipay.mjs [dir=dist/alipay]` lists every problem and exits 1 if there is any.
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { markupProblems } from './lib/markup.mjs'
import { argPath, isMain, listFiles, pagesOf, readAppJson } from './lib/miniprogram.mjs'

// Taro emits a page's .acss only when the page has styles of its own (shared styles go to app.acss):
// the main-package pages of this app have none. Its sub-package splitter always writes one per
// sub-package page (empty, or importing the sub-package's common styles), so there it is required.
const MAIN_PAGE_FILES = ['.axml', '.js', '.json']
const SUB_PACKAGE_PAGE_FILES = [...MAIN_PAGE_FILES, '.acss']

const AXML_REFERENCE = /<(?:import|include)\s[^>]*?\bsrc=["']([^"']+)["']|<import-sjs\s[^>]*?\bfrom=["']([^"']+)["']/g
const ACSS_IMPORT = /@import\s+["']([^"']+)["']/g

/** Every problem of the Alipay build in `dir`, as 'file: message' lines. */
export function checkAlipay(dir) {
  let app
  try {
    app = readAppJson(dir)
  } catch (error) {
    return [`app.json: ${error.message}`]
  }
  const problems = []
  for (const { page, subPackage } of pagesOf(app)) {
    for (const ext of subPackage === null ? MAIN_PAGE_FILES : SUB_PACKAGE_PAGE_FILES) {
      if (!existsSync(path.join(dir, page + ext))) problems.push(`${page}${ext}: missing (page listed in app.json)`)
    }
    const json = path.join(dir, `${page}.json`)
    if (existsSync(json)) problems.push(...jsonProblems(json).map((p) => `${page}.json: ${p}`))
  }
  for (const file of listFiles(dir).filter((f) => /\.(axml|acss)$/.test(f))) {
    const source = readFileSync(path.join(dir, file), 'utf8')
    if (file.endsWith('.axml')) {
      problems.push(...markupProblems(source).map((p) => `${file}:${p}`), ...missingReferences(dir, file, source, AXML_REFERENCE))
    } else {
      problems.push(...missingReferences(dir, file, source, ACSS_IMPORT))
    }
  }
  return problems
}

function jsonProblems(file) {
  try {
    JSON.parse(readFileSync(file, 'utf8'))
    return []
  } catch (error) {
    return [error.message]
  }
}

/** Imported files that do not exist; '/'-rooted paths start at the build's root. */
function missingReferences(dir, file, source, pattern) {
  return [...source.matchAll(pattern)]
    .map((m) => m[1] ?? m[2])
    .filter((ref) => {
      const target = ref.startsWith('/') ? path.join(dir, ref) : path.join(dir, path.dirname(file), ref)
      return !existsSync(target)
    })
    .map((ref) => `${file}: imports ${ref}, which does not exist`)
}

if (isMain(import.meta.url)) {
  const dir = argPath(process.argv[2], 'dist/alipay')
  if (!existsSync(dir)) {
    console.error(`${dir} does not exist: run npm run build:alipay first`)
    process.exit(1)
  }
  const problems = checkAlipay(dir)
  for (const problem of problems) console.error(problem)
  console.log(problems.length ? `check-alipay: ${problems.length} problem(s) in ${dir}` : `check-alipay: ${dir} OK`)
  process.exit(problems.length ? 1 : 0)
}
