/**
 * What two choices weigh in a mini-program bundle, measured with esbuild (minified, as the build does):
 *   • valibot: the contract and client with valibot bundled, minus the same with valibot left out;
 *   • the mock gateway behind the Taro request interceptor (mini-program development builds): everything
 *     mock/interceptor.ts pulls in beyond what the app ships anyway (Taro, React, valibot, src/).
 * Usage: node scripts/measureWeights.mjs
 */
import { build } from 'esbuild'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const alias = { '@': path.join(root, 'src'), '@mock': path.join(root, 'mock') }
const define = { 'process.env.TARO_ENV': '"weapp"', MOCK_GATEWAY: 'true', GATEWAY_BASE_URL: '"https://gateway.esscard.example/api"' }

async function bundle(entry, external) {
  const result = await build({
    entryPoints: [path.join(root, entry)],
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    alias,
    define,
    external,
    logLevel: 'silent',
  })
  const code = result.outputFiles[0].contents
  return { raw: code.length, gzip: gzipSync(code).length, text: result.outputFiles[0].text }
}

/** Keeps the app's own shared code out, so only what the entry adds is counted. */
const appShared = ['@tarojs/*', 'react', 'react/*', 'zustand', 'zustand/*']
const kb = (n) => `${(n / 1024).toFixed(1)} KB`
const withValibot = await bundle('src/gateway/client.ts', appShared)
const withoutValibot = await bundle('src/gateway/client.ts', [...appShared, 'valibot'])
const appSide = await bundle('src/gateway/client.ts', appShared)
const interceptor = await bundle('mock/interceptor.ts', appShared)

const rows = [
  ['valibot (as used by contract + client)', withValibot.raw - withoutValibot.raw, withValibot.gzip - withoutValibot.gzip],
  ['contract + client without valibot', withoutValibot.raw, withoutValibot.gzip],
  ['mock behind the interceptor (beyond the app)', interceptor.raw - appSide.raw, interceptor.gzip - appSide.gzip],
]
console.log('what it adds                                   raw        gzip')
for (const [name, raw, gzip] of rows) console.log(`${name.padEnd(46)} ${kb(raw).padStart(9)} ${kb(gzip).padStart(9)}`)
console.log(`msw in the interceptor bundle: ${/setupWorker|@mswjs|HttpResponse/.test(interceptor.text) ? 'YES' : 'no'}`)
