// Shared helpers for the mini-program build checks: reading a build's app.json, listing its files,
// splitting them into the main package and the sub-packages, and running a script as a CLI.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url))

/** True when the module at `moduleUrl` is the script node was started with. */
export function isMain(moduleUrl) {
  return process.argv[1] !== undefined && moduleUrl === pathToFileURL(path.resolve(process.argv[1])).href
}

/** A path given on the command line (relative to the working directory), else the default under the repo. */
export function argPath(given, defaultInRepo) {
  return given ? path.resolve(given) : path.join(repoRoot, defaultInRepo)
}

export function readAppJson(dir) {
  return JSON.parse(readFileSync(path.join(dir, 'app.json'), 'utf8'))
}

/** Sub-packages with their root stripped of a trailing slash (app.json accepts both spellings of the key). */
function subPackagesOf(app) {
  return (app.subPackages ?? app.subpackages ?? []).map((p) => ({ root: p.root.replace(/\/+$/, ''), pages: p.pages ?? [] }))
}

/** Every page path of app.json with the root of its sub-package (null for the main package). */
export function pagesOf(app) {
  return [
    ...(app.pages ?? []).map((page) => ({ page, subPackage: null })),
    ...subPackagesOf(app).flatMap(({ root, pages }) => pages.map((page) => ({ page: `${root}/${page}`, subPackage: root }))),
  ]
}

/** Files under `dir`, as sorted '/'-separated paths relative to it. */
export function listFiles(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort()
}

// webpack's *.LICENSE.txt extracts and Taro's copied .browserslistrc are not shipped: the devtools upload
// only the file types a mini-program can use (miniprogram-ci's own package sizes leave .txt out too).
function isUploaded(file) {
  return !file.endsWith('.txt') && !path.posix.basename(file).startsWith('.')
}

/** Uploaded bytes of the main package and of each sub-package of a mini-program build. */
export function packageSizes(dir) {
  const roots = subPackagesOf(readAppJson(dir)).map((p) => p.root)
  const sizes = { main: 0, subPackages: Object.fromEntries(roots.map((root) => [root, 0])) }
  for (const file of listFiles(dir).filter(isUploaded)) {
    const bytes = statSync(path.join(dir, file)).size
    const root = roots.find((r) => file.startsWith(`${r}/`))
    if (root === undefined) sizes.main += bytes
    else sizes.subPackages[root] += bytes
  }
  return sizes
}

export const kb = (bytes) => (bytes / 1024).toFixed(2)
