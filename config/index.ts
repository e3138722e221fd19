import type { UserConfigExport } from '@tarojs/cli'
import path from 'node:path'
import { readFileSync } from 'node:fs'
import devConfig from './dev'
import { PreloadRouteChunks } from './preloadRouteChunks'
import { StartInSteps } from './startInSteps'
import { RouteShells } from './routeShells'
import { HostSecurityHeaders } from './securityHeaders'
import { MockEntry } from './mockEntry'
import prodConfig from './prod'

/** The mock gateway is compiled in only when MOCK=1 (npm start, dev:weapp, dev:alipay, e2e builds). */
const mockGateway = process.env.MOCK === '1'
/** The first page of src/app.config.ts (the H5 site's `/`), read as text: the file needs Taro's globals. */
const homePath = `/${/pages:\s*\['([^']+)'/.exec(readFileSync(path.resolve(__dirname, '..', 'src/app.config.ts'), 'utf8'))?.[1]}`
/** mock/ lives beside src/, so the build's TypeScript loader must be told to compile it. */
const mockDir = path.resolve(__dirname, '..', 'mock')
/** Taro's innerHTML parser module, left out of the mini-programs. */
const TARO_HTML_PARSER = /@tarojs[\\/]runtime[\\/]dist[\\/]dom-external[\\/]inner-html[\\/]html\.js$/
/** Taro's H5 navigation bar (its markup, icons and styles), which the app never shows. */
const TARO_NAVIGATION_BAR = /@tarojs[\\/]router[\\/]dist[\\/]navigationBar\.js$/
/** Taro's H5 router (single-page mode), whose first render config/startInSteps.js puts in a task of its own. */
const TARO_SPA_ROUTER = /@tarojs[\\/]router[\\/]dist[\\/]router[\\/]spa\.js$/
/** Taro's React runtime, whose page mount config/pageMountTransition.js makes a transition on H5. */
const TARO_REACT_RUNTIME = /@tarojs[\\/]plugin-framework-react[\\/]dist[\\/]runtime\.js$/
/** What Taro's H5 entry adds to define the pull-down element at start (src/platform/pullDownRefresh.h5.ts does it). */
const PULL_DOWN_ELEMENT_AT_START = /^.*TaroPullToRefreshCore.*\n/gm
interface H5LoaderMeta {
  extraImportForWeb: string
  execBeforeCreateWebApp: string
}
/** Adds the mock's one entry (mock/entry.ts) to builds with the mock; the app never imports it. */
const addMockEntry = (chain: { plugin(name: string): { use(plugin: unknown, args: unknown[]): unknown } }) => {
  if (mockGateway) chain.plugin('mock-entry').use(MockEntry, [path.join(mockDir, 'entry.ts')])
}
/**
 * A build with the mock goes beside the production one, never over it: development builds (npm start, dev:weapp,
 * dev:alipay) to dist/<platform>-dev, the production-mode H5 build with the mock (e2e, benchmarks) to dist/h5-mock;
 * so does the bench's production build with its own gateway address (OUTPUT_ROOT=dist/h5-bench).
 */
/** Where the app calls the gateway (the bench and the production e2e build use /api on their own origin). */
const gatewayBaseUrl = process.env.GATEWAY_BASE_URL ?? 'https://gateway.esscard.example/api'
const outputRoot = process.env.OUTPUT_ROOT ?? `dist/${process.env.TARO_ENV}${!mockGateway ? '' : process.env.NODE_ENV === 'development' ? '-dev' : '-mock'}`

export default function config(merge: (...configs: UserConfigExport[]) => UserConfigExport): UserConfigExport {
  const base: UserConfigExport = {
    projectName: 'esscard-civic',
    date: '2026-11-21',
    designWidth: 375,
    deviceRatio: { 375: 2, 640: 2.34 / 2, 750: 1, 828: 1.81 / 2 },
    sourceRoot: 'src',
    outputRoot,
    plugins: [],
    defineConstants: {
      MOCK_GATEWAY: JSON.stringify(mockGateway),
      GATEWAY_BASE_URL: JSON.stringify(gatewayBaseUrl),
    },
    alias: {
      '@': path.resolve(__dirname, '..', 'src'),
      '@mock': path.resolve(__dirname, '..', 'mock'),
    },
    copy: {
      // MSW's service worker script at the site root of every H5 build with the mock (npm start's dev server serves it
      // from memory, like the rest of that build).
      patterns:
        mockGateway && process.env.TARO_ENV === 'h5' ? [{ from: 'node_modules/msw/lib/mockServiceWorker.js', to: `${outputRoot}/mockServiceWorker.js` }] : [],
      options: {},
    },
    // WeChat has no template recursion: Taro writes base.wxml with a copy of every used component's template per tree
    // level up to baseLevel (default 16), then continues deeper trees through its comp component (Alipay recurses).
    baseLevel: 12,
    framework: 'react',
    compiler: { type: 'webpack5', prebundle: { enable: false } },
    cache: { enable: false },
    // Taro's H5 default quotes every key, which turns msw's private class fields (#x) into invalid #"x".
    // Its mini-program default (ascii_only) writes each Chinese character as \uXXXX, 6 bytes instead of UTF-8's 3:
    // both platforms read their JavaScript as UTF-8, so the main package keeps its copy at half the size.
    terser: { enable: true, config: { output: { quote_keys: false, ...(process.env.TARO_ENV === 'h5' ? {} : { ascii_only: false }) } } },
    mini: {
      compile: { include: [mockDir] },
      // The app never sets innerHTML (no dangerouslySetInnerHTML): Taro's innerHTML setter is off, and its HTML
      // parser, which webpack keeps through the runtime's exports even then, is replaced (10 KB of the main package).
      runtime: { enableInnerHTML: false },
      webpackChain(chain, webpack) {
        addMockEntry(chain)
        chain.plugin('no-inner-html').use(webpack.NormalModuleReplacementPlugin, [TARO_HTML_PARSER, path.resolve(__dirname, 'noInnerHtml.mjs')])
      },
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false },
        './config/postcssWeuiLightOnly.js': { enable: true },
        './config/postcssWeuiUsedOnly.js': { enable: true },
      },
    },
    h5: {
      compile: { include: [mockDir] },
      // Taro splits only the initial chunk, so every lazily loaded page chunk carried its own copy of the
      // components, the gateway client and the UI blocks; split the page chunks too.
      webpackChain(chain, webpack) {
        addMockEntry(chain)
        // Taro's H5 navigation bar is left out: without its element the router only sets document.title.
        chain.plugin('no-navigation-bar').use(webpack.NormalModuleReplacementPlugin, [TARO_NAVIGATION_BAR, path.resolve(__dirname, 'noNavigationBar.mjs')])
        // The app's script evaluated every module and started the app in one long task; React DOM is evaluated before
        // it by a script of its own (one shared runtime, so each module still runs once).
        const appEntry = chain.entry('app').values()
        chain.entryPoints.delete('app')
        chain.entry('warm').add('react-dom')
        for (const file of appEntry) chain.entry('app').add(file)
        chain.optimization.runtimeChunk('single')
        chain.plugin('start-in-steps').use(StartInSteps)
        chain.module.rule('start-in-steps').test(TARO_SPA_ROUTER).use('start-in-steps').loader(path.resolve(__dirname, 'startInSteps.js'))
        chain.module
          .rule('page-mount-transition')
          .test(TARO_REACT_RUNTIME)
          .use('page-mount-transition')
          .loader(path.resolve(__dirname, 'pageMountTransition.js'))
        // Taro's own styles (its components' base styles and WeUI icon font) go into the stylesheet like the app's,
        // not into the first script to be inserted when it runs: first in the stylesheet, as the entry imports them first.
        chain.module.rules.delete('taroStyle')
        chain.module.rule('customStyle').exclude.clear()
        const splitChunks = chain.optimization.get('splitChunks')
        if (splitChunks) chain.optimization.splitChunks({ ...splitChunks, chunks: 'all', minSize: 8000 })
        // The first scripts leave out the pull-down element: the pages that enable pull-down refresh define it.
        chain.plugin('mainPlugin').tap((args: unknown[]) => {
          const [options, ...rest] = args as [{ loaderMeta: H5LoaderMeta }, ...unknown[]]
          const { extraImportForWeb, execBeforeCreateWebApp } = options.loaderMeta
          if (!execBeforeCreateWebApp.includes('TaroPullToRefreshCore')) throw new Error("config: Taro's H5 entry no longer defines the pull-down element")
          const withoutPullDown = (code: string) => code.replace(PULL_DOWN_ELEMENT_AT_START, '')
          const loaderMeta = {
            ...options.loaderMeta,
            extraImportForWeb: withoutPullDown(extraImportForWeb),
            execBeforeCreateWebApp: withoutPullDown(execBeforeCreateWebApp),
          }
          return [{ ...options, loaderMeta }, ...rest]
        })
        chain.plugin('preload-route-chunks').use(PreloadRouteChunks, [{ homePath, publicPath: '/' }])
        chain.plugin('host-security-headers').use(HostSecurityHeaders, [{ gatewayBaseUrl, mock: mockGateway }])
        // Each page's first frame in its own HTML file, prerendered from the written build (not for npm start's
        // in-memory development build).
        if (process.env.NODE_ENV !== 'development') chain.plugin('route-shells').use(RouteShells)
        // Taro's H5 postcss skips node_modules, so the WeUI filter the mini-programs use is added for weui here,
        // and WeUI's px font sizes are tied to the browser's font setting (the app's own sizes are rem).
        chain.module
          .rule('weui-light-only')
          .test(/[\\/]node_modules[\\/]weui[\\/]dist[\\/]style[\\/].+\.css$/)
          .use('postcss')
          .loader('postcss-loader')
          .options({ postcssOptions: { plugins: [path.resolve(__dirname, 'postcssWeuiLightOnly.js'), path.resolve(__dirname, 'postcssBrowserFont.js')] } })
      },
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'browser' },
      output: {
        filename: 'js/[name].[contenthash:8].js',
        chunkFilename: 'js/[name].[contenthash:8].js',
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[contenthash:8].css',
        chunkFilename: 'css/[name].[contenthash:8].css',
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false },
      },
    },
  }
  return merge({}, base, process.env.NODE_ENV === 'development' ? devConfig : prodConfig)
}
