/**
 * Production builds must carry no mock code: fails when the mock gateway's sentinel string (or MSW's
 * worker) appears in any file of dist/weapp, dist/alipay or dist/h5. `node scripts/checkNoMock.mjs [dirs...]`
 */
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const SENTINELS = ['esscard-mock-gateway-v1', 'mockServiceWorker']

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) yield* files(path)
    else yield path
  }
}

/** Files of `dir` that contain a sentinel, as "file: sentinel". */
export function findMockCode(dir) {
  const found = []
  for (const file of files(dir)) {
    const text = readFileSync(file, 'latin1')
    for (const sentinel of SENTINELS) if (text.includes(sentinel)) found.push(`${file}: ${sentinel}`)
    if (file.endsWith('mockServiceWorker.js')) found.push(`${file}: MSW worker file`)
  }
  return found
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dirs = process.argv.length > 2 ? process.argv.slice(2) : ['dist/weapp', 'dist/alipay', 'dist/h5']
  let failed = false
  for (const dir of dirs) {
    if (!existsSync(dir)) {
      console.error(`${dir} is missing: build it first (npm run build:${dir.split('/').pop()})`)
      failed = true
      continue
    }
    const found = findMockCode(dir)
    if (found.length > 0) {
      failed = true
      console.error(`mock code in the production build ${dir}:\n  ${found.join('\n  ')}`)
    } else console.log(`${dir}: no mock code`)
  }
  process.exit(failed ? 1 : 0)
}
