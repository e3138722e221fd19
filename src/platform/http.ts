/** One gateway request as the platform sends it; the answer is the response body as text, whatever the status. */
export interface HttpRequest {
  url: string
  method: 'GET' | 'POST'
  headers: Record<string, string>
  body?: Record<string, unknown>
  timeoutMs: number
}

/** No answer: the request timed out, or the network (or the server) could not be reached. */
export class RequestFailure extends Error {
  constructor(readonly reason: 'timeout' | 'offline') {
    super(`request failed: ${reason}`)
    this.name = 'RequestFailure'
  }
}
