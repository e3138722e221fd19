import type { IncomingMessage, ServerResponse } from 'node:http'
import type { MockGateway } from './gateway'

/**
 * The mock gateway behind a Node HTTP server, for the production H5 build (`npm run bench` serves it on
 * the app's own origin, so the audited pages carry no mock code at all).
 */
export function gatewayHttpHandler(gateway: MockGateway) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const headers = Object.fromEntries(Object.entries(req.headers).map(([name, value]) => [name, Array.isArray(value) ? value.join(', ') : value]))
    const response = await gateway.handle({
      method: req.method ?? 'GET',
      url: new URL(req.url ?? '/', 'http://127.0.0.1').href,
      headers,
      body: chunks.length ? Buffer.concat(chunks).toString('utf8') : undefined,
    })
    // A timeout fault never answers (the client gives up); offline drops the connection.
    if (response.kind === 'timeout') return
    if (response.kind === 'offline') {
      req.socket.destroy()
      return
    }
    res.writeHead(response.status, { ...response.headers, 'Cache-Control': 'no-store' }).end(response.body)
  }
}
