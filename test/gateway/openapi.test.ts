import { readFileSync } from 'node:fs'
import { OPENAPI_PATH, buildOpenApi, renderOpenApi } from '../../scripts/openapi'
import { ENDPOINT_IDS } from '@/gateway/contract'

test('the committed OpenAPI document matches the contract (run npm run contract:openapi)', () => {
  expect(readFileSync(OPENAPI_PATH, 'utf8')).toBe(renderOpenApi())
})

test('every endpoint of the contract is an operation of the document', () => {
  const operations = Object.values(buildOpenApi().paths).flatMap((methods) => Object.values(methods).map((op) => (op as { operationId: string }).operationId))
  expect(operations.sort()).toEqual([...ENDPOINT_IDS].sort())
})
