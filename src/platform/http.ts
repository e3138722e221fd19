/** One gateway request as the platform sends it; the answer is the response body as text, whatever the status. */
export interface HttpRequest {
  url: string
  method: 'GET' | 'POST'
  headers: Record<string, string>
  body?: Record<string, unknown>
  timeoutMs: number
  /** Send the browser's cookies, also to a gateway on another origin (H5's refresh cookie; mini-programs have none). */
  credentials?: boolean
}

/** No answer: the request timed out, or the network (or the server) could not be reached. */
export class RequestFailure extends Error {
  constructor(readonly reason: 'timeout' | 'offline') {
    super(`request failed: ${reason}`)
    this.name = 'RequestFailure'
  }
}
