// Tiny static server for a built H5 dist (no dependency): 127.0.0.1 only, a page's own `<path>.html` when the build
// has one (scripts/routeShells.mjs), else SPA fallback to index.html (Taro H5 uses browser-history routing), Brotli
// or gzip for text assets as any real host would send them (so Lighthouse measures transfer sizes a resident would
// get), and the host's security headers the build wrote to `_headers` (config/securityHeaders.ts: CSP with the
// inline scripts' hashes, HSTS, …) as the production host sends them. `node scripts/serve.mjs dist/h5 8080`.
import { createReadStream, readFileSync } from 'node:fs'
import { stat } from 'node:fs/promises'
import { createServer } from 'node:http'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
}

const COMPRESSIBLE = /^(text\/|application\/(json|manifest\+json)|image\/svg)/

const ENCODERS = {
  br: (bytes) => brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
  gzip: (bytes) => gzipSync(bytes, { level: 9 }),
}

/** A file's compressed bytes in `encoding`, computed once per file version. */
const compressedCache = new Map()
function compressed(file, info, encoding) {
  const key = `${encoding}:${file}:${info.mtimeMs}:${info.size}`
  if (!compressedCache.has(key)) compressedCache.set(key, ENCODERS[encoding](readFileSync(file)))
  return compressedCache.get(key)
}

/** Brotli when the browser takes it (as CDNs serve it), else gzip, else none. */
function encodingFor(acceptEncoding = '') {
  return ['br', 'gzip'].find((encoding) => new RegExp(`\\b${encoding}\\b`).test(acceptEncoding))
}

export function contentType(file) {
  return TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream'
}

async function fileAt(file) {
  try {
    const s = await stat(file)
    return s.isFile() ? s : null
  } catch {
    return null
  }
}

/**
 * The build's `_headers` (written by config/securityHeaders.ts): `/*` applies to every response, the other
 * block to the HTML document. Required: an H5 build is never served without its CSP.
 */
export function readHostHeaders(root) {
  const file = path.join(root, '_headers')
  let text
  try {
    text = readFileSync(file, 'utf8')
  } catch {
    throw new Error(`serve: ${file} not found (the H5 build writes it; rebuild)`)
  }
  const result = { all: {}, document: {} }
  let into = null
  for (const line of text.split('\n')) {
    if (/^\S/.test(line)) into = line.trim() === '/*' ? result.all : result.document
    else if (into && line.trim()) {
      const at = line.indexOf(':')
      into[line.slice(0, at).trim()] = line.slice(at + 1).trim()
    }
  }
  return result
}

/**
 * Serves `dir` on 127.0.0.1:`port` (0 = any free port). Resolves to { url, port, close }.
 * `routes` maps a path prefix to a Node request handler (the bench's mock gateway at /api/).
 */
export async function serve(dir, port = 0, routes = {}) {
  const root = path.resolve(dir)
  const index = path.join(root, 'index.html')
  if (!(await fileAt(index))) throw new Error(`serve: ${index} not found (build first)`)
  const hostHeaders = readHostHeaders(root)

  const server = createServer(async (req, res) => {
    try {
      const route = Object.keys(routes).find((prefix) => req.url?.startsWith(prefix))
      if (route) {
        for (const [name, value] of Object.entries(hostHeaders.all)) res.setHeader(name, value)
        await routes[route](req, res)
        return
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { Allow: 'GET, HEAD' }).end()
        return
      }
      const { pathname } = new URL(req.url ?? '/', 'http://127.0.0.1')
      let rel
      try {
        rel = decodeURIComponent(pathname)
      } catch {
        res.writeHead(400).end()
        return
      }
      let file = path.join(root, path.normalize(rel))
      // The host reads _headers; it is not a file of the site.
      if ((file !== root && !file.startsWith(root + path.sep)) || file === path.join(root, '_headers')) {
        res.writeHead(403).end()
        return
      }
      let info = await fileAt(file)
      let fallback = false
      // A page with its own HTML file (its first frame, scripts/routeShells.mjs) is served from it, as hosts with
      // "pretty URLs" do.
      if (!info && !path.extname(rel) && (info = await fileAt(`${file}.html`))) file = `${file}.html`
      if (!info) {
        // Missing assets are real 404s; anything else is a client-side route: serve the app shell.
        if (path.extname(rel) && !rel.endsWith('.html')) {
          res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', ...hostHeaders.all }).end('Not found')
          return
        }
        file = index
        info = await fileAt(index)
        fallback = true
      }
      const headers = {
        'Content-Type': contentType(file),
        'Content-Length': info.size,
        'Cache-Control': fallback || file.endsWith('.html') ? 'no-cache' : 'public, max-age=3600',
        ...hostHeaders.all,
        ...(file.endsWith('.html') ? hostHeaders.document : {}),
      }
      if (path.basename(file) === 'mockServiceWorker.js') {
        headers['Service-Worker-Allowed'] = '/'
        headers['Cache-Control'] = 'no-cache'
      }
      const encoding = COMPRESSIBLE.test(headers['Content-Type']) ? encodingFor(req.headers['accept-encoding']) : undefined
      if (encoding) {
        const body = compressed(file, info, encoding)
        res.writeHead(200, { ...headers, 'Content-Encoding': encoding, 'Content-Length': body.length, Vary: 'Accept-Encoding' })
        res.end(req.method === 'HEAD' ? undefined : body)
        return
      }
      res.writeHead(200, headers)
      if (req.method === 'HEAD') res.end()
      else createReadStream(file).pipe(res)
    } catch (error) {
      if (!res.headersSent) res.writeHead(500)
      res.end(String(error))
    }
  })

  await new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', resolve)
  })
  const actualPort = server.address().port
  return {
    url: `http://127.0.0.1:${actualPort}`,
    port: actualPort,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.()
        server.close(() => resolve())
      }),
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const [dir = 'dist/h5', port = '0'] = process.argv.slice(2)
  const target = path.isAbsolute(dir) ? dir : path.resolve(process.cwd(), dir)
  serve(target, Number(port)).then(
    ({ url, close }) => {
      console.log(`Serving ${dir} at ${url}`)
      const stop = () => close().then(() => process.exit(0))
      process.on('SIGINT', stop)
      process.on('SIGTERM', stop)
    },
    (error) => {
      console.error(error.message)
      process.exit(1)
    },
  )
}
