/**
 * The resident's own font setting on each mini-program platform (issue 23): WeChat's font size
 * (getAppBaseInfo().fontSizeSetting / fontSizeScaleFactor; 关怀模式 ≈ 23.8 px) and Alipay's 长辈版 app mode
 * (getSystemInfoSync().appMode 'bigFontSize') change the sizes the page is drawn at; the in-app switch overrides.
 * The drawn body size is the build's own stylesheet (app-origin.wxss / app-origin.acss: the --font-body token of .screen or
 * .screen--large, in rpx) times the page root's --text-scale, at the host's 375 px wide screen.
 */
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { afterEach, describe, test } from 'node:test'
import type { MiniHost, Platform } from './host/host'
import { closeAll, openApp, outputDir } from './support'

afterEach(closeAll)

const WINDOW_WIDTH = 375

/** The body font size in px the page root asks for, from the built stylesheet and the root's class and style. */
function bodyFontPx(host: MiniHost, platform: Platform): number {
  const root = host.current.all((n) => n.className.split(/\s+/).includes('screen'))[0]
  assert.ok(root, host.current.outline())
  const css = readFileSync(path.join(outputDir(platform, 'production'), platform === 'weapp' ? 'app-origin.wxss' : 'app-origin.acss'), 'utf8')
  const large = root.className.split(/\s+/).includes('screen--large')
  const rule = [...css.matchAll(/\.screen(--large)?\s*\{([^}]*)\}/g)].find((m) => !!m[1] === large && /--font-body/.test(m[2]))
  const token = rule?.[2].match(/--font-body:\s*calc\(\s*([\d.]+)rpx/)
  assert.ok(token, `no --font-body token for .screen${large ? '--large' : ''} in the build's stylesheet`)
  const scale = Number(root.style.match(/--text-scale:\s*([\d.]+)/)?.[1] ?? 1)
  return Math.round(((Number(token[1]) * WINDOW_WIDTH) / 750) * scale * 10) / 10
}

describe('weapp: the WeChat font setting', () => {
  test('standard (17 px) draws 16 px body text; 关怀模式 (23.8 px) turns large-text mode on and draws it larger', async () => {
    const standard = await openApp({ platform: 'weapp', entry: 'pages/home/index', device: { fontSizeSetting: 17, windowWidth: WINDOW_WIDTH } })
    assert.equal(bodyFontPx(standard.host, 'weapp'), 16)
    closeAll()
    const care = await openApp({ platform: 'weapp', entry: 'pages/home/index', device: { fontSizeSetting: 23.8, windowWidth: WINDOW_WIDTH } })
    assert.ok(care.host.current.has('长辈版'))
    assert.equal(bodyFontPx(care.host, 'weapp'), 22.7) // 21 px large-text body × 1.4 / 1.3
  })

  test('a setting changed in WeChat applies when the app comes back; the in-app switch overrides it', async () => {
    const { host } = await openApp({ platform: 'weapp', entry: 'pages/me/index', device: { fontSizeSetting: 17, windowWidth: WINDOW_WIDTH } })
    assert.equal(bodyFontPx(host, 'weapp'), 16)
    await host.background()
    host.device.fontSizeSetting = 23.8
    await host.foreground()
    assert.equal(bodyFontPx(host, 'weapp'), 22.7)
    await host.current.tap('大字模式（适老化）')
    assert.equal(bodyFontPx(host, 'weapp'), 22.4) // normal mode's 16 px × 1.4: the resident's WeChat size still counts
  })
})

describe("alipay: 支付宝长辈版's app mode", () => {
  test('the standard app draws 16 px body text; 长辈版 (appMode bigFontSize) turns large-text mode on', async () => {
    const standard = await openApp({ platform: 'alipay', entry: 'pages/home/index', device: { windowWidth: WINDOW_WIDTH } })
    assert.equal(bodyFontPx(standard.host, 'alipay'), 16)
    closeAll()
    const elder = await openApp({ platform: 'alipay', entry: 'pages/home/index', device: { appMode: 'bigFontSize', windowWidth: WINDOW_WIDTH } })
    assert.equal(bodyFontPx(elder.host, 'alipay'), 21)
  })
})
