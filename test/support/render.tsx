/**
 * Boots the whole app in jsdom the way Taro's H5 entry does (see @tarojs/taro-loader's h5 loader): the
 * real @tarojs/router with browser history, the real <taro-tabbar> and navigation bar, the app component
 * from src/app.tsx and every page of src/app.config.ts, so Taro.switchTab / navigateTo and taps on the
 * tab bar go through Taro's own code.
 *
 * IMPORT THIS MODULE FIRST in the test file: Taro's runtime reads process.env.TARO_PLATFORM when it is
 * loaded and only then uses the real (jsdom) window and document, as the H5 build does. That is why this
 * module has no value imports of its own and requires Taro lazily. Jest gives every test file its own
 * module registry and process.env, so the flag does not leak into other files.
 */
import type { ComponentType } from 'react'

process.env.TARO_PLATFORM = 'web'

type AppConfig = Taro.Config & {
  pages: string[]
  subPackages?: { root: string; pages: string[] }[]
  router?: { mode: 'browser' | 'hash' }
  routes?: unknown[]
}

/** Every page path of the app config, sub-packages flattened, as Taro's H5 build does. */
export function allPages(config: AppConfig): string[] {
  const sub = (config.subPackages ?? []).flatMap((p) => p.pages.map((page) => `${p.root}/${page}`))
  return [...config.pages, ...sub]
}

let booted = false

/**
 * Mounts the app at `path` (default: the home page) into a fresh document body, once per test file (the
 * router, like the browser's, lives for the whole page). Resolves when the router has started; wait
 * for the page's content with findBy* queries.
 */
export async function bootTaroApp(path = '/'): Promise<void> {
  if (booted) throw new Error('bootTaroApp: the Taro app is already running in this test file')
  booted = true
  /* eslint-disable @typescript-eslint/no-require-imports -- loaded after TARO_PLATFORM is set, see above */
  require('@tarojs/taro')
  require('@tarojs/plugin-platform-h5/dist/runtime')
  const { createBrowserHistory, createRouter, handleAppMountWithTabbar } = require('@tarojs/router')
  const { window: taroWindow } = require('@tarojs/runtime')
  const { createReactApp } = require('@tarojs/plugin-framework-react/dist/runtime')
  const React = require('react')
  const ReactDOMClient = require('react-dom/client')
  const { findDOMNode, render, unstable_batchedUpdates } = require('react-dom')
  const { act } = require('@testing-library/react') as typeof import('@testing-library/react')
  const App = (require('@/app') as { default: ComponentType }).default
  const appConfig = (require('@/app.config') as { default: AppConfig }).default
  /* eslint-enable @typescript-eslint/no-require-imports */

  window.history.replaceState(null, '', path)
  document.body.innerHTML = '<div id="app"></div>'

  // What the build writes into the entry: the app config with the H5 router options, one route per page
  // carrying its page config, loaded on demand.
  const config: AppConfig = { ...structuredClone(appConfig), router: { mode: 'browser' } }
  const pages = allPages(config)
  config.pages = pages
  config.routes = pages.map((page) => ({
    path: page,
    load: (context: unknown, params: unknown) => [import(`@/${page}`), context, params],
    ...(require(`@/${page}.config`) as { default: object }).default, // eslint-disable-line @typescript-eslint/no-require-imports
  }))
  ;(taroWindow as { __taroAppConfig?: unknown }).__taroAppConfig = config
  Object.assign(ReactDOMClient, { findDOMNode, render, unstable_batchedUpdates })

  await act(async () => {
    const app = createReactApp(App, React, ReactDOMClient, config)
    const history = createBrowserHistory({ window: taroWindow })
    handleAppMountWithTabbar(config, history)
    createRouter(history, app, config, React)
  })
}

/** The page Taro is showing: its root element (.taro_page) that is not hidden behind another page. */
export function shownPage(): HTMLElement {
  const shown = [...document.querySelectorAll<HTMLElement>('.taro_page_show')].filter(
    (el) => !el.classList.contains('taro_page_shade') && el.style.display !== 'none',
  )
  if (shown.length !== 1) throw new Error(`expected one shown Taro page, found ${shown.length}`)
  return shown[0]
}
