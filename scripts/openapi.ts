/**
 * Writes docs/openapi.json (OpenAPI 3.1) from src/gateway/contract.ts: `npm run contract:openapi`.
 * `--check` exits non-zero when the committed document differs from what the contract gives.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { toJsonSchema } from '@valibot/to-json-schema'
import { ENDPOINT_IDS, REFRESH_COOKIE, contract, envelopeSchema } from '../src/gateway/contract'
// The sub-packages' slices register themselves when loaded (contract.ts, SubPackageSlices).
import '../src/card/api'
import { ERROR_MESSAGES } from '../src/gateway/errors'
// The slices that ship with their sub-package join the contract when imported.
import '../src/pay/api'

export const OPENAPI_PATH = resolve(__dirname, '..', 'docs', 'openapi.json')

const schema = (s: Parameters<typeof toJsonSchema>[0]) => {
  const { $schema: _ignored, ...rest } = toJsonSchema(s, { errorMode: 'ignore', typeMode: 'input' }) as Record<string, unknown>
  return rest
}

export function buildOpenApi() {
  const paths: Record<string, Record<string, unknown>> = {}
  for (const endpointId of ENDPOINT_IDS) {
    const spec = contract[endpointId]
    const request = schema(spec.request) as { properties?: Record<string, unknown>; required?: string[] }
    const pathNames = [...spec.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1])
    const parameters = Object.entries(request.properties ?? {}).flatMap(([name, s]) => {
      const inPath = pathNames.includes(name)
      if (!inPath && spec.method !== 'GET') return []
      return [{ name, in: inPath ? 'path' : 'query', required: inPath || (request.required ?? []).includes(name), schema: s }]
    })
    const headers = spec.idempotent ? [{ name: 'Idempotency-Key', in: 'header', required: true, schema: { type: 'string' } }] : []
    const bodyNames = Object.keys(request.properties ?? {}).filter((name) => !pathNames.includes(name))
    const hasBody = spec.method === 'POST' && (bodyNames.length > 0 || !request.properties)
    paths[spec.path] ??= {}
    paths[spec.path][spec.method.toLowerCase()] = {
      operationId: endpointId,
      summary: spec.summary,
      ...(spec.auth ? { security: [{ bearer: [] }] } : spec.credentials ? { security: [{}, { bearer: [] }, { refreshCookie: [] }] } : { security: [] }),
      ...(spec.credentials ? { 'x-refresh-cookie': `sends the browser's cookies; reads, sets or clears ${REFRESH_COOKIE} (H5)` } : {}),
      parameters: [...parameters, ...headers],
      ...(hasBody ? { requestBody: { required: true, content: { 'application/json': { schema: request } } } } : {}),
      responses: {
        '200': {
          description: 'code = OK; data as below',
          content: {
            'application/json': {
              schema: { allOf: [{ $ref: '#/components/schemas/Envelope' }, { properties: { data: schema(spec.response) } }] },
            },
          },
        },
        default: {
          description: `Error envelope; code one of: ${spec.errors.join(', ') || '(common errors only)'}`,
          content: { 'application/json': { schema: { $ref: '#/components/schemas/Envelope' } } },
        },
      },
      'x-error-codes': spec.errors,
    }
  }
  return {
    openapi: '3.1.0',
    info: {
      title: '电子社保卡 civic-centre gateway',
      version: '1.0.0',
      description:
        'Generated from src/gateway/contract.ts by `npm run contract:openapi`. Money in fen, dates YYYY-MM-DD, instants epoch ms. Every response is the Envelope; `code` is OK or an error code from x-error-catalogue.',
    },
    servers: [{ url: 'https://gateway.esscard.example/api' }],
    paths,
    components: {
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer' },
        refreshCookie: {
          type: 'apiKey',
          in: 'cookie',
          name: REFRESH_COOKIE,
          description: `H5's refresh token: HttpOnly; Secure; SameSite=Strict; Path=/api/session. Set by login (channel h5) and refresh (rotated), cleared by logout (Max-Age=0). Mini-programs log in again with a platform code instead.`,
        },
      },
      schemas: { Envelope: schema(envelopeSchema) },
    },
    'x-error-catalogue': ERROR_MESSAGES,
  }
}

export function renderOpenApi(): string {
  return `${JSON.stringify(buildOpenApi(), null, 2)}\n`
}

// Run, not imported (the global `require` is typed as the mini-programs' one, which has no `main`).
if (process.argv[1] !== undefined && resolve(process.argv[1]) === __filename) {
  const text = renderOpenApi()
  if (process.argv.includes('--check')) {
    const committed = readFileSync(OPENAPI_PATH, 'utf8')
    if (committed !== text) {
      console.error('docs/openapi.json is out of date: run npm run contract:openapi')
      process.exit(1)
    }
  } else {
    mkdirSync(dirname(OPENAPI_PATH), { recursive: true })
    writeFileSync(OPENAPI_PATH, text)
    console.log(`wrote ${OPENAPI_PATH} (${ENDPOINT_IDS.length} endpoints)`)
  }
}
