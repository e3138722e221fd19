import type { IncomingMessage, ServerResponse } from 'node:http'

export function contentType(file: string): string
export function readHostHeaders(root: string): { all: Record<string, string>; document: Record<string, string> }
export function serve(
  dir: string,
  port?: number,
  routes?: Record<string, (req: IncomingMessage, res: ServerResponse) => Promise<void> | void>,
): Promise<{ url: string; port: number; close(): Promise<void> }>
