// The production H5 build with its gateway at /api on its own origin (dist/h5-bench): exactly dist/h5 but for
// that address — no MSW, no tester panel. The bench audits it, and the e2e checks it under the host's CSP
// with the refresh cookie; both serve it with the mock gateway (mock/http.ts) at /api/ on the same server.
// `node scripts/lib/h5Production.mjs <port> <persona>` serves it so (the e2e's second webServer,
// playwright.config.ts).
import { existsSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { tsImport } from 'tsx/esm/api'
import { repoRoot } from './miniprogram.mjs'
import { run } from './run.mjs'
import { serve } from '../serve.mjs'

export const PRODUCTION_DIST = path.join(repoRoot, 'dist/h5-bench')
export const GATEWAY_PATH = '/api'

/** Builds it (quietly; the build's output is shown if it fails). Resolves when dist/h5-bench/index.html exists. */
export async function buildProductionH5() {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
  const code = await run(npm, ['run', 'build:h5'], {
    quiet: true,
    env: { ...process.env, GATEWAY_BASE_URL: GATEWAY_PATH, OUTPUT_ROOT: path.relative(repoRoot, PRODUCTION_DIST), MOCK: '' },
  })
  if (code !== 0 || !existsSync(path.join(PRODUCTION_DIST, 'index.html'))) throw new Error(`the production H5 build (dist/h5-bench) failed (exit code ${code})`)
}

/** serve()'s routes: the mock gateway, in `personaId`, answering at GATEWAY_PATH over real HTTP (so cookies work). */
export async function mockGatewayRoutes(personaId) {
  const { MockGateway } = await tsImport('../../mock/gateway.ts', import.meta.url)
  const { gatewayHttpHandler } = await tsImport('../../mock/http.ts', import.meta.url)
  const gateway = new MockGateway({ baseUrl: `http://127.0.0.1${GATEWAY_PATH}` })
  gateway.setControls({ personaId, latencyMs: 0 })
  return { [`${GATEWAY_PATH}/`]: gatewayHttpHandler(gateway) }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const [port = '0', personaId] = process.argv.slice(2)
  if (!personaId) throw new Error('usage: node scripts/lib/h5Production.mjs <port> <persona>')
  const server = await serve(PRODUCTION_DIST, Number(port), await mockGatewayRoutes(personaId))
  console.log(`Serving ${path.relative(repoRoot, PRODUCTION_DIST)} with the mock gateway (${personaId}) at ${server.url}${GATEWAY_PATH}`)
  const stop = () => server.close().then(() => process.exit(0))
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}
