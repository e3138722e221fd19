/**
 * The production H5 host's security headers (docs/security.md explains each), computed at build time from the
 * final index.html and written beside it as `_headers` (the format Netlify and Cloudflare Pages read; any other
 * host copies the lines). scripts/serve.mjs, which serves every H5 build to the e2e tests and the bench, sends
 * exactly these. Inline scripts are allowed by their SHA-256 hashes only, so an injected script does not run.
 */
import { createHash } from 'node:crypto'
import type { Compiler } from 'webpack'

export interface HostHeaders {
  /** For every response. */
  all: Record<string, string>
  /** For the HTML document (index.html and every client-side route). */
  document: Record<string, string>
}

/** The SHA-256 CSP source of each inline <script> in `html` (one without a src attribute), in order. */
export function inlineScriptHashes(html: string): string[] {
  return [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)].map(
    ([, body]) => `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`,
  )
}

/** `script-src` allowing the site's own files and the inline scripts of `html`. */
const scriptSrc = (html: string) => `script-src 'self' ${inlineScriptHashes(html).join(' ')}`.trim()

/** `headers` with the CSP's `script-src` for the inline scripts of `html` (after the build has changed them). */
export function withInlineScriptsOf(headers: HostHeaders, html: string): HostHeaders {
  const csp = headers.document['Content-Security-Policy'].replace(/script-src [^;]*/, scriptSrc(html))
  return { ...headers, document: { ...headers.document, 'Content-Security-Policy': csp } }
}

export function hostHeaders({ html, gatewayBaseUrl, mock }: { html: string; gatewayBaseUrl: string; mock: boolean }): HostHeaders {
  // An absolute gateway address is its own origin; a path (the bench's /api) is the site's own.
  const gateway = /^https?:\/\//.test(gatewayBaseUrl) ? new URL(gatewayBaseUrl).origin : null
  const csp = [
    "default-src 'none'",
    scriptSrc(html),
    // Taro's components set style attributes and insert <style> elements at run time.
    "style-src 'self' 'unsafe-inline'",
    // The QR code is drawn to a canvas and shown as a data: PNG.
    "img-src 'self' data:",
    // WeUI's icon font is inlined in its stylesheet as a data: URL.
    "font-src 'self' data:",
    `connect-src 'self'${gateway ? ` ${gateway}` : ''}`,
    "manifest-src 'self'",
    // Only the mock's service worker (MSW) in builds with MOCK=1; production runs no worker.
    `worker-src ${mock ? "'self'" : "'none'"}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ')
  return {
    all: {
      'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    },
    document: {
      'Content-Security-Policy': csp,
      'Permissions-Policy': 'geolocation=(self), camera=(), microphone=(), payment=(), usb=(), interest-cohort=()',
      'X-Frame-Options': 'DENY',
      'Cross-Origin-Opener-Policy': 'same-origin',
    },
  }
}

/**
 * The `_headers` file: `/*` for every response, `/index.html` (routes fall back to it) for the document, and each of
 * `pages` (the paths scripts/routeShells.mjs writes an HTML file for) with and without `.html`.
 */
export function renderHeadersFile(headers: HostHeaders, pages: readonly string[] = []): string {
  const block = (pattern: string, values: Record<string, string>) =>
    `${pattern}\n${Object.entries(values)
      .map(([name, value]) => `  ${name}: ${value}\n`)
      .join('')}`
  const documents = ['/index.html', ...pages.flatMap((page) => [page, `${page}.html`])]
  return [block('/*', headers.all), ...documents.map((pattern) => block(pattern, headers.document))].join('\n')
}

const NAME = 'HostSecurityHeaders'

/** Writes `_headers` from the emitted index.html, after every plugin that changes it (PreloadRouteChunks). */
export class HostSecurityHeaders {
  constructor(private readonly options: { gatewayBaseUrl: string; mock: boolean }) {}

  apply(compiler: Compiler): void {
    const { Compilation, sources } = compiler.webpack
    compiler.hooks.thisCompilation.tap(NAME, (compilation) => {
      compilation.hooks.processAssets.tap({ name: NAME, stage: Compilation.PROCESS_ASSETS_STAGE_REPORT + 1 }, () => {
        const html = compilation.getAsset('index.html')
        if (!html) return
        const headers = hostHeaders({ html: html.source.source().toString(), ...this.options })
        compilation.emitAsset('_headers', new sources.RawSource(renderHeadersFile(headers)))
      })
    })
  }
}
