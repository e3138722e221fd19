/**
 * A catalogue entry opens only one of the app's own pages, or an official website on the contract's allow-list:
 * the contract refuses any other path or address (no open redirect on H5).
 */
import { http, HttpResponse } from 'msw'
import appConfig from '@/app.config'
import { call } from '@/gateway/client'
import { EXTERNAL_SITES, externalSite } from '@/city/api'
import { APP_ROUTES, isAppPath } from '@/lib/routes'
import { serviceRoute } from '@/lib/catalogue'
import { GatewayError } from '@/gateway/errors'
import { allPages } from '../support/render'
import { withMockGateway } from '../support/gateway'

const { gateway, server } = withMockGateway()
afterEach(() => server.resetHandlers())

type Entry = { path?: string; url?: string }

/** The mock's catalogue with the first service's `path` / `url` replaced (undefined: left out). */
function catalogueWith(entry: Entry) {
  server.use(
    http.get(/\/cities\/[^/]+\/services$/, async ({ request }) => {
      const answer = await gateway.handle({ method: 'GET', url: request.url, headers: {} })
      if (answer.kind !== 'response') return HttpResponse.error()
      const envelope = JSON.parse(answer.body) as { data: { categories: { services: Entry[] }[] } }
      const first = envelope.data.categories[0].services[0]
      delete first.path
      delete first.url
      Object.assign(first, entry)
      return HttpResponse.json(envelope)
    }),
  )
}
const catalogueWithPath = (path: string) => catalogueWith({ path })

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => (error instanceof GatewayError ? error.code : 'THROWN'),
  )

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
  expect(await refusal(call('catalogue', { cityId: 'kunming' }))).toBe('CONTRACT_VIOLATION')
})

test('the app own routes, with a simple query, pass', async () => {
  catalogueWithPath('/outlets/list/index?service=lift-loss')
  const catalogue = await call('catalogue', { cityId: 'kunming' })
  expect(catalogue.categories[0].services[0].path).toBe('/outlets/list/index?service=lift-loss')
})

describe('official websites (url)', () => {
  const ACCEPTED = [
    'https://si.12333.gov.cn/',
    'https://si.12333.gov.cn',
    'https://fuwu.nhsa.gov.cn/nationalHallSt/#/home',
    'https://gjzwfw.www.gov.cn/fuwu/search.html?q=%E7%A4%BE%E4%BF%9D&page=1',
  ]
  const REFUSED = [
    'http://si.12333.gov.cn/',
    'https://si.12333.gov.cn@evil.example/',
    'https://user:pass@si.12333.gov.cn/',
    'https://si.12333.gov.cn:8443/',
    'https://si.12333.gov.cn:443/',
    'https://evil-si.12333.gov.cn.example/',
    'https://si.12333.gov.cn.evil.example/',
    'https://evil.si.12333.gov.cn/',
    'https://xsi.12333.gov.cn/',
    'https://SI.12333.gov.cn/',
    'HTTPS://si.12333.gov.cn/',
    'https://si.12333.gov.cn./',
    'https://evil.example/',
    '//si.12333.gov.cn/',
    'si.12333.gov.cn',
    'not a web address',
    '',
    'javascript:alert(1)//https://si.12333.gov.cn/',
    'https://si.12333.gov.cn\\@evil.example/',
    'https:\\\\evil.example/si.12333.gov.cn',
    'https://si.12333.gov.cn/a b',
    'https://si.12333.gov.cn/%zz',
    `https://si.12333.gov.cn/${'a'.repeat(600)}`,
  ]

  test.each(ACCEPTED)('%s is on the allow-list, and the WHATWG parser agrees on its host', (url) => {
    const site = externalSite(url)
    expect(site).not.toBeNull()
    const parsed = new URL(url)
    expect([parsed.protocol, parsed.username, parsed.password, parsed.port]).toEqual(['https:', '', '', ''])
    expect(parsed.host).toBe(site?.host)
    expect(site?.name).toBe(EXTERNAL_SITES[parsed.host as keyof typeof EXTERNAL_SITES])
  })

  test.each(REFUSED)('%s is not an address the app may open', (url) => {
    expect(externalSite(url)).toBeNull()
  })

  test.each(ACCEPTED)('a catalogue service with url %s passes', async (url) => {
    catalogueWith({ url })
    const catalogue = await call('catalogue', { cityId: 'kunming' })
    expect(catalogue.categories[0].services[0]).toMatchObject({ url })
    expect(catalogue.categories[0].services[0].path).toBeUndefined()
  })

  test.each(REFUSED)('a catalogue service with url %s is refused as a contract violation', async (url) => {
    catalogueWith({ url })
    expect(await refusal(call('catalogue', { cityId: 'kunming' }))).toBe('CONTRACT_VIOLATION')
  })

  test.each<[string, Entry]>([
    ['both a path and a url', { path: '/records/medical/index', url: 'https://fuwu.nhsa.gov.cn/' }],
    ['neither a path nor a url', {}],
  ])('a service with %s is refused', async (_name, entry) => {
    catalogueWith(entry)
    expect(await refusal(call('catalogue', { cityId: 'kunming' }))).toBe('CONTRACT_VIOLATION')
  })

  test('a website service opens the app’s own leaving step, with its city and id and never its address', () => {
    const route = serviceRoute({ id: 'remote-medical', name: '异地就医备案', keywords: [], enabled: true, url: 'https://fuwu.nhsa.gov.cn/' }, 'kunming')
    expect(route).toBe('/city/leave/index?city=kunming&service=remote-medical')
    expect(isAppPath(route)).toBe(true)
    expect(serviceRoute({ id: 'medical', name: '医保个人账户', keywords: [], enabled: true, path: '/records/medical/index' }, 'kunming')).toBe(
      '/records/medical/index?city=kunming',
    )
  })

  test('the mock lists a national website for some cities only, in words residents search for', async () => {
    const urls = async (cityId: string) =>
      (await call('catalogue', { cityId })).categories.flatMap((c) => c.services).flatMap((s) => (s.url === undefined ? [] : [`${s.name} ${s.url}`]))
    expect(await urls('kunming')).toEqual(['异地就医备案 https://fuwu.nhsa.gov.cn/'])
    expect(await urls('taian')).toEqual(['社保转移 https://si.12333.gov.cn/'])
    expect(await urls('hefei')).toHaveLength(2)
  })
})
