// Paint before the JS runs (issue 20): writes one HTML file per page of a built H5 site, `<page>.html` beside
// index.html (`/outlets/list/index` → `outlets/list/index.html`; index.html itself is the home page's), each
// carrying that page's first frame as static markup, so the browser paints the page title, its layout and the tab
// bar from the first response while the app's scripts download and run.
//   • The first frames are the app's own, prerendered in headless Chromium from the build itself (served by
//     scripts/serve.mjs), for a resident who has logged in on this device and whose gateway answers have not come
//     yet: the DOM at the moment the page's <Screen> is first committed, and the tab bar once drawn. Normal and
//     large-text mode each get a frame; index.html's inline script marks the document `large-text` from the stored
//     preference before the body is parsed, and CSS shows the matching frame.
//   • The shell is an inert overlay (#route-shell) above the app's own root; src/ui/Screen.tsx removes it in the
//     layout phase of the page's first render, so no frame shows both and nothing the app draws moves. It is drawn
//     with the app's CSS: the styles the app's components insert at run time go where they insert them (before the
//     app's stylesheet), the page's own stylesheets are inlined after it.
//   • The app's scripts are requested and started by a small inline script once that frame is painted: on a slow
//     network the HTML's frame then shares the line with nothing, and a browser that has them at once, from its
//     cache, does not run them before painting. Every file has the same inline scripts: `_headers` gets the CSP with their hashes
//     (config/securityHeaders.ts) and the document headers for every page path.
// `node scripts/routeShells.mjs <dist>`; config/routeShells.ts runs it after every production H5 build.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { chromium } from 'playwright-core'
import postcss from 'postcss'
import { tsImport } from 'tsx/esm/api'
import { ensureChromium } from './ensureChromium.mjs'
import { repoRoot } from './lib/miniprogram.mjs'
import { readHostHeaders, serve } from './serve.mjs'

/** The overlay's id: src/platform removes the element with this id when the page has rendered. */
const SHELL_ID = 'route-shell'
/**
 * What the app has stored for a resident who has used it on this device (as src/stores/persisted.ts writes it): the
 * session's subject (src/stores/session.ts: on H5 only that a login happened here) and a chosen city
 * (src/city/store.ts), so each frame is the one they see while their data loads.
 */
const stored = (state) => JSON.stringify({ data: JSON.stringify({ state, version: 0 }) })
const RESIDENT_STORAGE = [
  ['esscard.session', stored({ subject: 'prerender' })],
  ['esscard.city', stored({ cityId: 'prerender' })],
]
const MODES = [
  { name: 'normal', largeText: false },
  { name: 'large', largeText: true },
]

/** The HTML file a page path is served from. */
const shellFile = (page) => `${page.replace(/^\//, '')}.html`

/**
 * Runs in the page before its scripts: once the page's <Screen> is first inserted, records the first frame painted
 * (in its animation-frame callbacks, where the components draw: the page's markup without the router's ids and
 * classes, which the app looks its own elements up by) and the styles the components added; then the tab bar once
 * Taro has drawn it.
 */
function recordFirstFrame() {
  const ROUTER = '.taro_router, .taro_page, .taro-tabbar__container, .taro-tabbar__panel'
  const strip = (root) => {
    for (const el of root.querySelectorAll('script')) el.remove()
    for (const el of [root, ...root.querySelectorAll('[id]')]) el.removeAttribute('id')
    for (const el of [root, ...root.querySelectorAll(ROUTER)]) if (el.matches(ROUTER)) el.removeAttribute('class')
    return root
  }
  // The components' <style> elements, which they insert before the app's stylesheet (their rules through the CSSOM).
  const styles = () => {
    const appStylesheet = document.querySelector('link[rel="stylesheet"]')
    return [...document.styleSheets]
      .filter((sheet) => sheet.ownerNode?.nodeName === 'STYLE' && sheet.ownerNode.compareDocumentPosition(appStylesheet) & Node.DOCUMENT_POSITION_FOLLOWING)
      .flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText))
  }
  new MutationObserver((_, observer) => {
    const page = document.querySelector('.taro_page')
    if (!page?.querySelector('.screen')) return
    observer.disconnect()
    const tabBar = document.querySelector('taro-tabbar')
    window.__firstFrame = {
      title: document.title,
      stylesheets: [...document.querySelectorAll('link[rel="stylesheet"]')].map((link) => link.getAttribute('href')),
    }
    // Then the styles the components insert when they first draw (in that frame's animation-frame callbacks), and
    // the tab bar once drawn.
    let frames = 0
    requestAnimationFrame(function drawn() {
      // The page as painted in that first frame, the components drawn (an input's placeholder).
      if (++frames === 1) window.__firstFrame.page = strip(page.cloneNode(true)).outerHTML
      if (frames < 2 || (tabBar && !tabBar.querySelector('.weui-tabbar__label'))) return requestAnimationFrame(drawn)
      // Shown on tab pages only. <taro-tabbar> is a component the app defines: the shell's copy is a plain element,
      // never upgraded.
      const shown = tabBar && !tabBar.classList.contains('taro-tabbar__tabbar-hide')
      const html = shown
        ? strip(tabBar.cloneNode(true))
            .outerHTML.replace(/^<taro-tabbar/, '<div')
            .replace(/<\/taro-tabbar>$/, '</div>')
        : ''
      window.__firstFrame = { ...window.__firstFrame, tabBar: html, styles: styles(), done: true }
    })
  }).observe(document, { childList: true, subtree: true })
}

async function firstFrames(browser, baseUrl, pages) {
  const { PREFERENCES_KEY, preferencesValue } = await tsImport('../test/e2e/pages.ts', import.meta.url)
  const frames = {}
  for (const mode of MODES) {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } })
    // Nothing leaves the machine: the gateway's answers never come (the frame is recorded before they could).
    await context.route(
      (url) => !url.href.startsWith(baseUrl),
      (route) => route.abort(),
    )
    await context.addInitScript(
      ([entries]) => entries.forEach(([key, value]) => localStorage.setItem(key, value)),
      [[...RESIDENT_STORAGE, [PREFERENCES_KEY, preferencesValue(mode.largeText)]]],
    )
    await context.addInitScript(recordFirstFrame)
    const tab = await context.newPage()
    for (const page of pages) {
      await tab.goto(`${baseUrl}${page}`)
      await tab.waitForFunction(() => window.__firstFrame?.done, null, { timeout: 30_000 })
      const frame = await tab.evaluate(() => window.__firstFrame)
      if (!frame.title) throw new Error(`routeShells: ${page} has no title`)
      ;(frames[page] ??= {})[mode.name] = frame
    }
    await context.close()
  }
  return frames
}

/**
 * The tag of a component the app defines (Taro's components, Stencil's custom elements). The shell names its copies
 * `shell-…` instead, elements nothing defines: defining the components would otherwise upgrade and draw again every
 * element of the shell, both modes' frames, as the app starts (a long task on a slow phone for a frame about to go).
 * Every rule that names a component's tag names the shell's tag too, at the same place in the cascade.
 */
const COMPONENT_TAG = /\btaro-([a-z-]+?)-core\b/
const asShellTags = (text) => text.replace(new RegExp(COMPONENT_TAG.source, 'g'), 'shell-$1')
const withShellElements = (html) => html.replace(/(<\/?)taro-([a-z-]+?)-core\b/g, '$1shell-$2')
const namesComponent = (selector) => COMPONENT_TAG.test(selector)
const inKeyframes = (rule) => rule.parent?.type === 'atrule' && /keyframes$/i.test(rule.parent.name)

/** The stylesheet with each rule that names a component's tag naming the shell's tag too. */
function alsoForShellTags(css) {
  const root = postcss.parse(css)
  root.walkRules((rule) => {
    if (inKeyframes(rule)) return
    const named = rule.selectors.filter(namesComponent)
    if (named.length) rule.selectors = [...rule.selectors, ...named.map(asShellTags)]
  })
  return root.toString()
}

/** Only the rules of a stylesheet that name a component's tag, for the shell's tags (in their @media). */
function shellTagRulesOf(css) {
  const root = postcss.parse(css)
  root.walk((node) => {
    if (node.type === 'comment') node.remove()
    else if (node.type === 'atrule' && !/^(media|supports)$/i.test(node.name)) node.remove()
    else if (node.type === 'rule') {
      const named = node.selectors.filter(namesComponent)
      if (named.length) node.selectors = named.map(asShellTags)
      else node.remove()
    }
  })
  root.walkAtRules((rule) => {
    if (!rule.nodes?.length) rule.remove()
  })
  return root.toString()
}

const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/**
 * index.html with the page's title, the components' styles, the page's own stylesheets (inlined after the app's,
 * where the app adds them: a render-blocking request fewer; they are a kilobyte or two) and its shell.
 */
function pageHtml(template, { normal, large }, readAsset) {
  const pageStyles = [...new Set([...normal.stylesheets, ...large.stylesheets])]
    .filter((href) => !template.includes(`href="${href}"`))
    .map((href) => `<style>${alsoForShellTags(readAsset(href))}</style>`)
    .join('')
  const componentStyles = `<style>${alsoForShellTags([...new Set([...normal.styles, ...large.styles])].join(''))}</style>`
  const frame = (mode, { page, tabBar }) => `<div class="route-shell__${mode}">${withShellElements(page)}${tabBar}</div>`
  const shell =
    `<div id="${SHELL_ID}" inert><style>` +
    // Laid out as Taro's tab bar container: the page above, the tab bar below it.
    `#${SHELL_ID}{position:fixed;inset:0;z-index:1000;overflow:hidden}` +
    `#${SHELL_ID}>div{display:flex;flex-direction:column;height:100%}#${SHELL_ID}>div>:first-child{flex:1;overflow:hidden}` +
    `.large-text #${SHELL_ID}>.route-shell__normal,html:not(.large-text) #${SHELL_ID}>.route-shell__large{display:none}</style>` +
    `${frame('normal', normal)}${frame('large', large)}</div>`
  // The app's scripts are requested once the HTML's frame is painted, not preloaded: the page's stylesheet and the
  // frame get the whole of a slow line (Lighthouse counts every script requested before the largest paint into
  // it), and a browser that has them already (cache, fast network) cannot run them before painting anything. A tab
  // opened in the background draws its first frame, and starts them, when it is first shown. One script per task:
  // starting a request costs the page about a millisecond; they still run in this order (async=false).
  const scripts = [...template.matchAll(/<script defer="defer" src="([^"]+)"><\/script>/g)].map(([, src]) => src)
  if (!scripts.length) throw new Error('routeShells: index.html has no deferred scripts')
  const startAfterPaint =
    `<script>!function(s,d){var q=s.slice();function start(){var src=q.shift();if(!src)return;` +
    `var e=d.createElement("script");e.src=src;e.async=false;d.body.appendChild(e);setTimeout(start)}` +
    `requestAnimationFrame(function(){setTimeout(start)})}(${JSON.stringify(scripts)},document)</script>`
  const appStylesheet = /<link[^>]*rel="stylesheet"[^>]*>/
  if (!/<title>[^<]*<\/title>/.test(template) || !appStylesheet.test(template) || !template.includes('<div id="app">'))
    throw new Error('routeShells: index.html has no <title>, app stylesheet or #app')
  return template
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(normal.title)}</title>`)
    .replace(appStylesheet, (link) => `${componentStyles}${link}<style>${shellTagRulesOf(readAsset(/href="([^"]+)"/.exec(link)[1]))}</style>`)
    .replace(/<script defer="defer" src="[^"]+"><\/script>/g, '')
    .replace('</head>', `${pageStyles}</head>`)
    .replace('<div id="app">', `${shell}<div id="app">`)
    .replace('</body>', `${startAfterPaint}</body>`)
}

export async function writeRouteShells(dist) {
  const template = readFileSync(path.join(dist, 'index.html'), 'utf8')
  if (template.includes(`id="${SHELL_ID}"`)) throw new Error(`routeShells: ${dist} already has its shells (rebuild)`)
  const { renderHeadersFile, withInlineScriptsOf } = await tsImport('../config/securityHeaders.ts', import.meta.url)
  const { CHROMIUM_ARGS } = await tsImport('../test/e2e/browser.ts', import.meta.url)
  const { appConfigPages } = await tsImport('../test/e2e/pages.ts', import.meta.url)
  const pages = appConfigPages(repoRoot)
  const server = await serve(dist, 0)
  const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS })
  let frames
  try {
    frames = await firstFrames(browser, server.url, pages)
  } finally {
    await browser.close()
    await server.close()
  }
  const readAsset = (href) => readFileSync(path.join(dist, href), 'utf8')
  const files = pages.map((page) => [shellFile(page), pageHtml(template, frames[page], readAsset)])
  // The first page of src/app.config.ts is the site's `/`.
  files.push(['index.html', files[0][1]])
  for (const [file, html] of files) {
    mkdirSync(path.dirname(path.join(dist, file)), { recursive: true })
    writeFileSync(path.join(dist, file), html)
  }
  // Every file has the same inline scripts.
  writeFileSync(path.join(dist, '_headers'), renderHeadersFile(withInlineScriptsOf(readHostHeaders(dist), files[0][1]), pages))
  return pages
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const dist = path.resolve(process.argv[2] ?? path.join(repoRoot, 'dist/h5'))
  const started = performance.now()
  writeRouteShells(dist).then(
    (pages) => console.log(`routeShells: ${pages.length} pages' first frames written in ${((performance.now() - started) / 1000).toFixed(1)} s`),
    (error) => {
      console.error(error.stack ?? error.message)
      process.exit(1)
    },
  )
}
