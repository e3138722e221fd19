// The runtime dependencies that ship in the app's bundles, with the versions package-lock.json installs, as the
// Markdown list in README's security section (`npm audit` cannot reach its endpoint here: this is the list to
// check against advisories). `node scripts/runtimeDeps.mjs` rewrites README's block; a jest test keeps it equal.
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export const START = '<!-- runtime-deps: node scripts/runtimeDeps.mjs -->'
export const END = '<!-- /runtime-deps -->'

/** `- name version` for each of package.json's `dependencies`, at the version package-lock.json resolves. */
export function runtimeDependencyList(dir = root) {
  const { dependencies } = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'))
  const { packages } = JSON.parse(readFileSync(path.join(dir, 'package-lock.json'), 'utf8'))
  return Object.keys(dependencies)
    .sort()
    .map((name) => `- ${name} ${packages[`node_modules/${name}`].version}`)
    .join('\n')
}

export function readmeBlock(readme) {
  const start = readme.indexOf(START)
  const end = readme.indexOf(END)
  if (start < 0 || end < start) throw new Error(`README.md has no ${START} … ${END} block`)
  return readme.slice(start + START.length, end).trim()
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const file = path.join(root, 'README.md')
  const readme = readFileSync(file, 'utf8')
  readmeBlock(readme) // the block must be there
  const before = readme.slice(0, readme.indexOf(START))
  const after = readme.slice(readme.indexOf(END))
  writeFileSync(file, `${before}${START}\n${runtimeDependencyList()}\n${after}`)
  console.log(runtimeDependencyList())
}
