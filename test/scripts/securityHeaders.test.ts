/**
 * @jest-environment node
 */
import { createHash } from 'node:crypto'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { hostHeaders, inlineScriptHashes, renderHeadersFile } from '../../config/securityHeaders'
import { serve } from '../../scripts/serve.mjs'

const HTML = '<html><head><script>var a=1</script><script src="/js/app.js"></script><script>!function(){}()</script></head><body></body></html>'
const PAGE_HTML = HTML.replace('<body>', '<body><div id="route-shell">社保查询</div>')
const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`

test('the CSP allows exactly the inline scripts of index.html, by hash', () => {
  expect(inlineScriptHashes(HTML)).toEqual([sha('var a=1'), sha('!function(){}()')])
  const csp = hostHeaders({ html: HTML, gatewayBaseUrl: '/api', mock: false }).document['Content-Security-Policy']
  expect(csp).toContain(`script-src 'self' ${sha('var a=1')} ${sha('!function(){}()')};`)
  expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/)
  expect(csp).toContain("connect-src 'self';")
  expect(csp).toContain("img-src 'self' data:;")
  expect(csp).toContain("frame-ancestors 'none'")
  expect(csp).toContain("worker-src 'none'")
})

test('connect-src names a gateway on another origin; mock builds may run their service worker', () => {
  const csp = hostHeaders({ html: HTML, gatewayBaseUrl: 'https://gateway.esscard.example/api', mock: true }).document['Content-Security-Policy']
  expect(csp).toContain("connect-src 'self' https://gateway.esscard.example;")
  expect(csp).toContain("worker-src 'self'")
})

test('_headers gives every page path with its own HTML file the document headers', () => {
  const headers = hostHeaders({ html: HTML, gatewayBaseUrl: '/api', mock: false })
  const file = renderHeadersFile(headers, ['/records/index/index'])
  for (const pattern of ['/index.html', '/records/index/index', '/records/index/index.html']) {
    expect(file).toContain(`\n${pattern}\n  Content-Security-Policy: ${headers.document['Content-Security-Policy']}\n`)
  }
})

test("serve.mjs sends the build's _headers: the CSP on the document (also for client routes), the rest on every file", async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'esscard-serve-'))
  writeFileSync(path.join(dir, 'index.html'), HTML)
  writeFileSync(path.join(dir, 'app.js'), 'void 0')
  // A page with its own first frame (scripts/routeShells.mjs) is served from its file.
  mkdirSync(path.join(dir, 'records/index'), { recursive: true })
  writeFileSync(path.join(dir, 'records/index/index.html'), PAGE_HTML)
  const headers = hostHeaders({ html: HTML, gatewayBaseUrl: '/api', mock: false })
  writeFileSync(path.join(dir, '_headers'), renderHeadersFile(headers, ['/records/index/index']))
  const server = await serve(dir)
  try {
    for (const route of ['/', '/records/index/index', '/code/show/index']) {
      const response = await fetch(server.url + route)
      expect(response.headers.get('content-security-policy')).toBe(headers.document['Content-Security-Policy'])
      expect(response.headers.get('strict-transport-security')).toBe(headers.all['Strict-Transport-Security'])
      expect(response.headers.get('referrer-policy')).toBe('no-referrer')
    }
    const page = await fetch(server.url + '/records/index/index')
    expect(await page.text()).toBe(PAGE_HTML)
    expect(page.headers.get('content-security-policy')).toBe(headers.document['Content-Security-Policy'])
    const asset = await fetch(server.url + '/app.js')
    expect(asset.headers.get('content-security-policy')).toBeNull()
    expect(asset.headers.get('x-content-type-options')).toBe('nosniff')
    expect((await fetch(server.url + '/_headers')).status).toBe(403)
  } finally {
    await server.close()
  }
})
