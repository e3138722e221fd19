import { RequestFailure, type HttpRequest } from './http'

/**
 * H5: the browser's own fetch. Taro.request would add its fetch, AbortController and JSONP polyfills
 * (about 47 KB before minifying) to every page that talks to the gateway.
 */
export async function httpRequest({ url, method, headers, body, timeoutMs, credentials }: HttpRequest): Promise<string> {
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(), timeoutMs)
  try {
    const response = await fetch(url, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: controller.signal,
      credentials: credentials ? 'include' : 'same-origin',
    })
    return await response.text()
  } catch {
    throw new RequestFailure(controller.signal.aborted ? 'timeout' : 'offline')
  } finally {
    clearTimeout(timer)
  }
}
