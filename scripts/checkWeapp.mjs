// Checks the WeChat build with WeChat's own tools, offline: `node scripts/checkWeapp.mjs [dir=dist/weapp]`.
// wcc compiles every .wxml/.wxs and wcsc every .wxss (binaries of npm miniprogram-compiler, called
// directly because its JS wrapper swallows wcsc errors); miniprogram-ci measures every package
// against WeChat's limits. Prints every problem and exits 1 if there is any.
import { spawnSync } from 'node:child_process'
import { chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import path from 'node:path'
import ci from 'miniprogram-ci'
import { argPath, isMain, kb, listFiles } from './lib/miniprogram.mjs'

const PACKAGE_LIMIT = 2 * 1024 * 1024
const TOTAL_LIMIT = 30 * 1024 * 1024

/** Compiler problems ('wcc …'/'wcsc …' lines) and the package sizes of the WeChat build in `dir`. */
export async function checkWeapp(dir) {
  const files = listFiles(dir)
  const problems = [
    ...compileTemplates(
      dir,
      files.filter((f) => f.endsWith('.wxml') || f.endsWith('.wxs')),
    ),
    ...compileStyles(
      dir,
      files.filter((f) => f.endsWith('.wxss')),
    ),
  ]
  let packages = []
  try {
    packages = await packageSizes(dir)
  } catch (error) {
    problems.push(`miniprogram-ci: ${error.message}`)
  }
  for (const { name, bytes, limit } of packages) {
    if (bytes > limit) problems.push(`miniprogram-ci: ${name} is ${kb(bytes)} KB, over WeChat's limit of ${kb(limit)} KB`)
  }
  return { problems, packages }
}

function compiler(name) {
  const platform = { linux: 'linux', darwin: 'mac' }[process.platform]
  if (!platform) throw new Error(`no ${name} binary for ${process.platform} in miniprogram-compiler`)
  const pkg = path.dirname(createRequire(import.meta.url).resolve('miniprogram-compiler/package.json'))
  const binary = path.join(pkg, 'bin', platform, name)
  chmodSync(binary, 0o755) // npm installs it without the run bit
  return binary
}

function run(binary, args, cwd) {
  const result = spawnSync(binary, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] })
  if (result.error) throw result.error
  // wcc dies of SIGPIPE on some errors (bad .wxs): a signal is a failure like a non-zero status.
  return { ok: result.status === 0, message: result.stderr.trim() }
}

// wcc compiles the whole set at once (a .wxml's <wxs src> must be in it) but stops at the first
// error, which names its file: drop that file and compile again to find every error.
function compileTemplates(dir, files) {
  const wcc = compiler('wcc')
  const problems = []
  let pending = files
  while (pending.length) {
    const { ok, message } = run(wcc, ['-d', '-cc', '0', ...pending, '-gn', '$gwx'], dir)
    if (ok) break
    problems.push(`wcc ${message}`)
    const failed = pending.find((f) => message.startsWith(`${f}:`))
    if (!failed) break
    pending = pending.filter((f) => f !== failed)
  }
  return problems
}

// wcsc reports every error of the set in one run: 'ERR: <first>', further lines, 'error file count: n'.
// Like WeChat's wrapper, the page and component styles (those with a .json beside them) come first.
function compileStyles(dir, files) {
  if (!files.length) return []
  const isPage = (f) => existsSync(path.join(dir, f.replace(/\.wxss$/, '.json')))
  const pages = files.filter(isPage)
  const { ok, message } = run(compiler('wcsc'), ['-db', '-pc', String(pages.length), ...pages, ...files.filter((f) => !isPage(f))], dir)
  if (ok) return []
  return message
    .split('\n')
    .map((line) => line.replace(/^ERR: /, '').trim())
    .filter((line) => line && !line.startsWith('error file count'))
    .map((line) => `wcsc ${line}`)
}

/** Bytes of the main package, each sub-package and the total, as miniprogram-ci counts them. */
async function packageSizes(dir) {
  const keyDir = mkdtempSync(path.join(tmpdir(), 'check-weapp-'))
  try {
    // Offline, miniprogram-ci needs only a non-empty key file and the default attributes of an app
    // (it would otherwise fetch them from WeChat with the appid).
    const privateKeyPath = path.join(keyDir, 'private.key')
    writeFileSync(privateKeyPath, 'offline')
    const project = new ci.Project({ appid: 'wx0000000000000000', type: 'miniProgram', projectPath: dir, privateKeyPath })
    project.attr = async () => ci.DefaultProjectAttr
    const report = await ci.checkCodeQuality(project)
    const sizes = report.find((item) => item.name === 'PACKAGE_SIZE_LIMIT')?.detail
    if (!sizes) throw new Error('checkCodeQuality reported no package sizes')
    const packages = Object.entries(sizes).map(([name, bytes]) => ({
      name: name === '__APP__' ? 'main' : name.replace(/\/$/, ''),
      bytes,
      limit: PACKAGE_LIMIT,
    }))
    return [...packages, { name: 'total', bytes: packages.reduce((sum, p) => sum + p.bytes, 0), limit: TOTAL_LIMIT }]
  } finally {
    rmSync(keyDir, { recursive: true, force: true })
  }
}

if (isMain(import.meta.url)) {
  const dir = argPath(process.argv[2], 'dist/weapp')
  if (!existsSync(dir)) {
    console.error(`${dir} does not exist: run npm run build:weapp first`)
    process.exit(1)
  }
  const { problems, packages } = await checkWeapp(dir)
  for (const { name, bytes, limit } of packages) {
    console.log(`${name.padEnd(12)} ${kb(bytes).padStart(10)} KB of ${kb(limit)} KB`)
  }
  for (const problem of problems) console.error(problem)
  console.log(problems.length ? `check-weapp: ${problems.length} problem(s) in ${dir}` : `check-weapp: ${dir} OK`)
  // miniprogram-ci leaves a file watcher open that would keep node running.
  process.exit(problems.length ? 1 : 0)
}
