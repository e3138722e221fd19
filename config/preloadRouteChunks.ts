/**
 * Taro's H5 router fetches a page's chunks only after the app bundle has run: one more round trip, and
 * on a slow phone network several hundred milliseconds, before the page can show anything. This webpack
 * plugin writes into index.html which chunk files (scripts and styles) each page path needs, with a tiny
 * inline script that preloads the current path's files alongside the app bundle. It waits for the first
 * paint, as the app's scripts do in the built pages (scripts/routeShells.mjs): the page's first frame, in its
 * HTML, shares a slow line with nothing. One file per task: starting a request costs the page about a millisecond.
 * Requests of Taro's generated route table look like `./pages/home/index`; `/` is the first page.
 */
import type { Compiler } from 'webpack'

const NAME = 'PreloadRouteChunks'

export class PreloadRouteChunks {
  constructor(private readonly options: { homePath: string; publicPath: string }) {}

  apply(compiler: Compiler): void {
    const { homePath, publicPath } = this.options
    const { Compilation, sources } = compiler.webpack
    compiler.hooks.thisCompilation.tap(NAME, (compilation) => {
      // REPORT comes after html-webpack-plugin has emitted index.html.
      compilation.hooks.processAssets.tap({ name: NAME, stage: Compilation.PROCESS_ASSETS_STAGE_REPORT }, () => {
        const html = compilation.getAsset('index.html')
        if (!html) return
        const files: string[] = []
        const routes: Record<string, number[]> = {}
        for (const group of compilation.chunkGroups) {
          const page = group.origins.map((origin) => origin.request).find((request) => /^\.\/[\w/-]+$/.test(request ?? ''))
          if (!page) continue
          routes[page.slice(1)] = group.chunks
            .flatMap((chunk) => [...chunk.files])
            .filter((file) => /\.(js|css)$/.test(file))
            .map((file) => (files.includes(file) ? files.indexOf(file) : files.push(file) - 1))
        }
        if (!routes[homePath]) throw new Error(`${NAME}: no chunks found for the home page ${homePath}`)
        const data = JSON.stringify({ base: publicPath, files, routes, home: homePath })
        const script =
          `<script>!function(d){var p=location.pathname.replace(/\\/$/,"")||d.home,q=(d.routes[p]||[]).slice();` +
          `function next(){var i=q.shift();if(i==null)return;var f=d.files[i],l=document.createElement("link");` +
          `l.rel="preload";l.as=/\\.css$/.test(f)?"style":"script";l.href=d.base+f;document.head.appendChild(l);setTimeout(next)}` +
          `requestAnimationFrame(function(){setTimeout(next)})}(${data})</script>`
        const source = html.source.source().toString()
        if (!source.includes('</head>')) throw new Error(`${NAME}: index.html has no </head>`)
        compilation.updateAsset('index.html', new sources.RawSource(source.replace('</head>', `${script}</head>`)))
      })
    })
  }
}
