import { HttpResponse, delay, http } from 'msw'
import type { MockGateway } from './gateway'

/** The mock gateway as MSW handlers: used by the H5 service worker and by msw/node in tests. */
export function mswHandlers(gateway: MockGateway, baseUrl: string) {
  return [
    http.all(`${baseUrl}/*`, async ({ request }) => {
      const response = await gateway.handle(
        {
          method: request.method,
          url: request.url,
          headers: Object.fromEntries(request.headers),
          body: request.method === 'GET' ? undefined : await request.text(),
        },
        { cookieJar: true },
      )
      if (response.kind === 'offline') return HttpResponse.error()
      if (response.kind === 'timeout') {
        await delay('infinite')
        return HttpResponse.error()
      }
      return new HttpResponse(response.body, { status: response.status, headers: response.headers })
    }),
  ]
}
