/** A catalogue entry opens only one of the app's own pages: the contract refuses any other path (no open redirect on H5). */
import { http, HttpResponse } from 'msw'
import appConfig from '@/app.config'
import { call } from '@/gateway/client'
import { APP_ROUTES } from '@/gateway/contract'
import { GatewayError } from '@/gateway/errors'
import { allPages } from '../support/render'
import { withMockGateway } from '../support/gateway'

const { gateway, server } = withMockGateway()
afterEach(() => server.resetHandlers())

/** The mock's catalogue with the first service's path replaced. */
function catalogueWithPath(path: string) {
  server.use(
    http.get(/\/cities\/[^/]+\/services$/, async ({ request }) => {
      const answer = await gateway.handle({ method: 'GET', url: request.url, headers: {} })
      if (answer.kind !== 'response') return HttpResponse.error()
      const envelope = JSON.parse(answer.body) as { data: { categories: { services: { path: string }[] }[] } }
      envelope.data.categories[0].services[0].path = path
      return HttpResponse.json(envelope)
    }),
  )
}

test('the contract lists exactly the pages of app.config.ts', () => {
  expect([...APP_ROUTES].sort()).toEqual(allPages(appConfig as Parameters<typeof allPages>[0]).sort())
})

test.each([
  '//evil.example/x',
  'https://evil.example/x',
  '/records/../../evil',
  'javascript:alert(1)',
  '/not/a/page',
  '/records/medical/index?next=//evil.example',
])('a catalogue path %s is refused as a contract violation', async (path) => {
  catalogueWithPath(path)
  const caught = await call('catalogue', { cityId: 'kunming' }).then(
    () => null,
    (error: unknown) => error,
  )
  expect(caught).toBeInstanceOf(GatewayError)
  expect((caught as GatewayError).code).toBe('CONTRACT_VIOLATION')
})

test('the app own routes, with a simple query, pass', async () => {
  catalogueWithPath('/outlets/list/index?service=lift-loss')
  const catalogue = await call('catalogue', { cityId: 'kunming' })
  expect(catalogue.categories[0].services[0].path).toBe('/outlets/list/index?service=lift-loss')
})
