import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

const repoRoot = path.resolve(__dirname, '../..')
export const fixtures = path.join(repoRoot, 'test/fixtures/build')

/** Runs scripts/<script> with node, as `npm run` would, and returns its exit code and all its output. */
export function runScript(script: string, ...args: string[]): { code: number | null; output: string } {
  const result = spawnSync(process.execPath, [path.join(repoRoot, 'scripts', script), ...args], { cwd: repoRoot, encoding: 'utf8' })
  return { code: result.status, output: result.stdout + result.stderr }
}

const copies: string[] = []
afterAll(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })))

/** A temporary copy of test/fixtures/build/<target> with some files replaced (null deletes the file). */
export function fixtureCopy(target: string, changes: Record<string, string | Buffer | null> = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), `${target}-`))
  copies.push(dir)
  cpSync(path.join(fixtures, target), dir, { recursive: true })
  for (const [file, content] of Object.entries(changes)) {
    if (content === null) rmSync(path.join(dir, file))
    else writeFileSync(path.join(dir, file), content)
  }
  return dir
}
