import { controlsFromQuery } from './controls'
import { STORAGE_KEY, createAppMockGateway } from './runtime'

let workerUpdateGuarded = false

/**
 * MSW re-checks its worker on every start with `registration.update()` and leaves that promise unhandled
 * (mswjs/msw#2006). When the check fails — Chromium answers "Failed to update a ServiceWorker … Not found" for a
 * registration being removed as the page reloads — the rejection went unhandled, and webpack-dev-server's overlay
 * covered the app and took every tap. The worker already installed keeps answering, so a failed check is a warning:
 * every update() promise gets a handler here (callers that await it still see the rejection).
 */
function tolerateWorkerUpdateFailures(): void {
  if (workerUpdateGuarded || typeof ServiceWorkerRegistration === 'undefined') return
  workerUpdateGuarded = true
  const update = ServiceWorkerRegistration.prototype.update
  ServiceWorkerRegistration.prototype.update = function (this: ServiceWorkerRegistration) {
    const checked = update.call(this)
    checked.catch((error: unknown) =>
      console.warn(`[mock] ${error instanceof Error ? error.message : String(error)} — the mock keeps using the worker it has.`),
    )
    return checked
  }
}

/**
 * H5: the mock answers through MSW's service worker; its state survives reloads until reset.
 * MSW itself loads after the app's own code, so the first paint does not wait for it (requests do).
 */
export async function startBrowserMock(baseUrl: string): Promise<unknown> {
  tolerateWorkerUpdateFailures()
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
