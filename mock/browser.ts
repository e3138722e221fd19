import { controlsFromQuery } from './controls'
import { STORAGE_KEY, createAppMockGateway } from './runtime'

/**
 * H5: the mock answers through MSW's service worker; its state survives reloads until reset.
 * MSW itself loads after the app's own code, so the first paint does not wait for it (requests do).
 */
export async function startBrowserMock(baseUrl: string): Promise<unknown> {
  const gateway = createAppMockGateway(baseUrl, {
    get: () => localStorage.getItem(STORAGE_KEY) ?? undefined,
    set: (value) => localStorage.setItem(STORAGE_KEY, value),
  })
  const fromUrl = controlsFromQuery(window.location.search)
  if (Object.keys(fromUrl).length > 0) gateway.setControls(fromUrl)
  const [{ setupWorker }, { mswHandlers }] = await Promise.all([import('msw/browser'), import('./msw')])
  const worker = setupWorker(...mswHandlers(gateway, baseUrl))
  return worker.start({ serviceWorker: { url: '/mockServiceWorker.js' }, onUnhandledRequest: 'bypass', quiet: true })
}
