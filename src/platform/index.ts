/**
 * The one place where WeChat, Alipay and H5 differ (a lint rule keeps process.env.TARO_ENV out of the rest
 * of src; UI that differs in markup has per-platform files, X.h5.tsx beside X.tsx). Every branch tests
 * process.env.TARO_ENV, which the build replaces with a literal, so each target keeps only its own branch.
 * Where Taro maps an API for Alipay (login → my.getAuthCode, screen brightness) its unified API is called;
 * wx and my directly only where Taro has no mapping or the platforms truly differ. On H5 each capability has a
 * stated fallback, returned as data so the page can say what to do instead. The gateway's HTTP request is
 * the one pair of files (request.ts, request.h5.ts), so H5 pages carry no Taro.request polyfills.
 */
import Taro from '@tarojs/taro'
import { LARGE_TEXT_FROM_SCALE, WECHAT_STANDARD_FONT_PX, type SystemText } from '@/lib/textSize'

export { RequestFailure, type HttpRequest } from './http'
export { httpRequest } from './request'

export type PlatformName = 'weapp' | 'alipay' | 'h5'
export const platformName: PlatformName = process.env.TARO_ENV

export interface Coordinates {
  latitude: number
  longitude: number
}

/** Platform login code for the gateway's session exchange; null on H5, which logs in by SMS. */
export async function getLoginCode(): Promise<string | null> {
  // On Alipay Taro calls my.getAuthCode({ scopes: 'auth_base' }) and answers its authCode as `code`.
  if (process.env.TARO_ENV !== 'h5') return (await Taro.login()).code
  return null
}

/**
 * Whether the session's token may be kept in the device's storage: yes in a mini-program's sandboxed storage;
 * not on H5, where the access token lives in memory only and the refresh token is the gateway's HttpOnly cookie.
 */
export const keepsSessionInStorage = process.env.TARO_ENV !== 'h5'

/**
 * H5: Taro's tab bar items are `<a href="javascript:;">` with a click handler. Following that URL is inline
 * script, which the host's CSP blocks (a violation on every tab tap); the handler does the navigation, so the
 * link's own default action is cancelled. Mini-programs have no such links.
 */
export function cancelScriptLinks(): void {
  if (process.env.TARO_ENV !== 'h5' || typeof document === 'undefined') return
  document.addEventListener(
    'click',
    (event) => {
      const link = event.target instanceof Element ? event.target.closest('a[href^="javascript:"]') : null
      if (link) event.preventDefault()
    },
    true,
  )
}

/**
 * H5, for a page's root element: Taro scrolls each page inside its own .taro_page element, made reachable by
 * keyboard here so a page with nothing to Tab to (a list of records) can still be scrolled without a finger
 * (WCAG 2.1.1); Taro's tab bar, a bare element outside every landmark, is named the app's navigation.
 * Mini-programs have no keyboard focus and draw their tab bar natively: nothing to do.
 */
export function prepareH5Page(root: Element | null): void {
  if (process.env.TARO_ENV !== 'h5') return
  const page = root?.closest('.taro_page')
  if (page && !page.hasAttribute('tabindex')) page.setAttribute('tabindex', '0')
  const tabBar = document.querySelector('taro-tabbar')
  if (tabBar && !tabBar.hasAttribute('role')) {
    tabBar.setAttribute('role', 'navigation')
    tabBar.setAttribute('aria-label', '主导航')
  }
}

/**
 * H5: the first frame the HTML carries (scripts/routeShells.mjs writes it per page) gives way to the page the app
 * has drawn. Called in the layout phase of the page's first render, so no frame shows both.
 */
export function removeStaticShell(): void {
  if (process.env.TARO_ENV === 'h5') document.getElementById('route-shell')?.remove()
}

/**
 * Device pixels per layout pixel, for painting a canvas sharp. On H5 the browser's own ratio: Taro's system
 * info would bring a user-agent parser into the page. 2 when a mini-program cannot tell.
 */
export function pixelRatio(): number {
  // A constant condition around the Taro call, not code after a return: the H5 build then drops its import.
  if (process.env.TARO_ENV !== 'h5') {
    try {
      return Taro.getWindowInfo().pixelRatio || 2
    } catch {
      return 2
    }
  }
  return window.devicePixelRatio || 1
}

/** Key-value storage (localStorage on H5). Callers store no personal data in clear. */
export const storage = {
  get<T>(key: string): T | undefined {
    try {
      const value: unknown = Taro.getStorageSync(key)
      return value === '' || value === undefined || value === null ? undefined : (value as T)
    } catch {
      return undefined
    }
  },
  set(key: string, value: unknown): void {
    try {
      Taro.setStorageSync(key, value)
    } catch {
      // Storage full or unavailable (private mode): the app keeps working without persistence.
    }
  },
  remove(key: string): void {
    try {
      Taro.removeStorageSync(key)
    } catch {
      // nothing stored, nothing to remove
    }
  },
  clear(): void {
    try {
      Taro.clearStorageSync()
    } catch {
      // as above
    }
  },
}

/**
 * `length` random bytes from the platform's cryptographic generator: WebCrypto on H5, wx.getRandomValues on
 * WeChat (base library 2.15.0+). Alipay's API has no such call (not in @mini-types/my) and its engine has
 * no WebCrypto: there the bytes mix the clock into Math.random, which keeps idempotency keys unique (the
 * gateway scopes them to the session) but is not a secret.
 */
export async function randomBytes(length: number): Promise<Uint8Array> {
  if (process.env.TARO_ENV === 'h5') return crypto.getRandomValues(new Uint8Array(length))
  if (process.env.TARO_ENV === 'weapp' && typeof wx.getRandomValues === 'function') {
    const ask = wx.getRandomValues.bind(wx)
    return new Promise((resolve, reject) => ask({ length, success: ({ randomValues }) => resolve(new Uint8Array(randomValues)), fail: reject }))
  }
  const now = Date.now()
  return Uint8Array.from({ length }, (_, i) => (Math.floor(Math.random() * 256) ^ (now / 2 ** (8 * (i % 6)))) & 255)
}

/** The user's position, or null when they refuse or the device cannot tell. */
export async function getLocation(): Promise<Coordinates | null> {
  if (process.env.TARO_ENV === 'h5') {
    if (typeof navigator === 'undefined' || !navigator.geolocation) return null
    return new Promise((resolve) =>
      navigator.geolocation.getCurrentPosition(
        (p) => resolve({ latitude: p.coords.latitude, longitude: p.coords.longitude }),
        () => resolve(null),
        { timeout: 8000, maximumAge: 600_000 },
      ),
    )
  }
  try {
    const { latitude, longitude } = await Taro.getLocation({ type: 'gcj02' })
    // Alipay answers the coordinates as strings.
    return { latitude: Number(latitude), longitude: Number(longitude) }
  } catch {
    return null
  }
}

/** Scan a terminal's QR code. H5 has no scanner: null, and the page offers a paste-in field. */
export async function scanCode(): Promise<string | null> {
  if (process.env.TARO_ENV === 'h5') return null
  try {
    return (await Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] })).result
  } catch {
    return null
  }
}
export const canScan = process.env.TARO_ENV !== 'h5'

/** Taro maps the brightness calls for Alipay (its `brightness` is Taro's `value`). */
async function readBrightness(): Promise<number | null> {
  try {
    if (process.env.TARO_ENV !== 'h5') return (await Taro.getScreenBrightness()).value
  } catch {
    // fall through: brightness unknown
  }
  return null
}

function writeBrightness(value: number): void {
  if (process.env.TARO_ENV !== 'h5') Taro.setScreenBrightness({ value }).catch(() => undefined)
}

function keepScreenOn(on: boolean): Promise<() => void> {
  if (process.env.TARO_ENV !== 'h5') {
    Taro.setKeepScreenOn({ keepScreenOn: on }).catch(() => undefined)
    return Promise.resolve(() => void Taro.setKeepScreenOn({ keepScreenOn: false }).catch(() => undefined))
  }
  // H5 fallback: the Screen Wake Lock API where the browser has it; brightness cannot be set from a page.
  const wakeLock = typeof navigator !== 'undefined' ? navigator.wakeLock : undefined
  if (!wakeLock) return Promise.resolve(() => undefined)
  return wakeLock.request('screen').then(
    (sentinel) => () => void sentinel.release().catch(() => undefined),
    () => () => undefined,
  )
}

/**
 * While a QR code is on screen: full brightness, screen kept on, hidden from screen capture where the
 * platform can. Returns the function that restores everything.
 */
export async function enterCodeDisplayMode(): Promise<() => void> {
  // Brightness that could not be read is left alone: it could never be put back.
  const previousBrightness = await readBrightness()
  if (previousBrightness !== null) writeBrightness(1)
  const releaseScreen = await keepScreenOn(true)
  if (process.env.TARO_ENV === 'weapp') wx.setVisualEffectOnCapture?.({ visualEffect: 'hidden' })
  return () => {
    if (previousBrightness !== null) writeBrightness(previousBrightness)
    releaseScreen()
    if (process.env.TARO_ENV === 'weapp') wx.setVisualEffectOnCapture?.({ visualEffect: 'none' })
  }
}
/**
 * What the platform hides from capture while the code shows (for the page's wording): WeChat on Android
 * hides it from screenshots and recordings, WeChat on iOS from recordings only (iOS lets no app block a
 * screenshot); Alipay and H5 hide nothing.
 */
export function captureProtection(): 'screenshots-and-recording' | 'recording' | 'none' {
  if (process.env.TARO_ENV !== 'weapp') return 'none'
  const system = wx.getDeviceInfo?.().platform ?? 'ios'
  return system === 'android' ? 'screenshots-and-recording' : 'recording'
}

export interface Place extends Coordinates {
  name: string
  address: string
}

/** Show a place on the platform's map with its navigation; on H5 a map site link in a new tab. */
export function openLocation(place: Place): void {
  if (process.env.TARO_ENV === 'h5') {
    window.open(mapLink(place), '_blank', 'noopener')
    return
  }
  if (process.env.TARO_ENV === 'alipay') {
    // my.openLocation takes the coordinates as strings.
    my.openLocation({ ...place, latitude: String(place.latitude), longitude: String(place.longitude), scale: 16 })
    return
  }
  Taro.openLocation({ ...place, scale: 16 }).catch(() => undefined)
}

export function mapLink(place: Place): string {
  const q = new URLSearchParams({
    position: `${place.longitude},${place.latitude}`,
    name: place.name,
    src: 'esscard-civic',
    coordinate: 'gaode',
    callnative: '1',
  })
  return `https://uri.amap.com/marker?${q.toString()}`
}

/**
 * Whether this platform can open an outside website. H5 can. WeChat and Alipay mini-programs open only the
 * web pages of their own registered business domains (web-view), not the national platforms' sites: there
 * the app copies the link for the phone's browser instead.
 */
export const canOpenWebsite = process.env.TARO_ENV === 'h5'

/**
 * Leave for an official website (already checked against the contract's allow-list by the caller). H5: in this
 * tab (`location.assign`), 'opened'. Mini-programs: the link goes to the clipboard, 'copied' (or 'failed').
 */
export async function leaveForWebsite(url: string): Promise<'opened' | 'copied' | 'failed'> {
  if (process.env.TARO_ENV === 'h5') {
    window.location.assign(url)
    return 'opened'
  }
  // wx / my directly, not Taro.setClipboardData: Taro's API transform would put its H5 clipboard, toast and
  // action sheet into H5's first chunk (about 7 KB gzip) for a branch H5 never runs.
  return new Promise((resolve) => {
    const answer = { success: () => resolve('copied' as const), fail: () => resolve('failed' as const) }
    if (process.env.TARO_ENV === 'alipay') my.setClipboard({ text: url, ...answer })
    else wx.setClipboardData({ data: url, ...answer })
  })
}

/** Call a number (the 12333 hotline, an outlet). On H5 the page renders a tel: link instead. */
export function makePhoneCall(phoneNumber: string): void {
  if (process.env.TARO_ENV === 'h5') {
    window.location.href = `tel:${phoneNumber}`
    return
  }
  Taro.makePhoneCall({ phoneNumber }).catch(() => undefined)
}

export type FaceResult = { kind: 'passed'; token: string } | { kind: 'failed'; reason: string } | { kind: 'unavailable' }

/**
 * Face verification entry. WeChat and Alipay run their own verification and hand back a token that the
 * gateway checks; H5 has none, so the page offers the SMS code instead ('unavailable').
 */
export async function verifyFace(subject: { name: string; idNumber: string; certifyId: string }): Promise<FaceResult> {
  if (process.env.TARO_ENV === 'weapp' && wx.startFacialRecognitionVerify) {
    const start = wx.startFacialRecognitionVerify
    return new Promise((resolve) =>
      start({
        name: subject.name,
        idCardNumber: subject.idNumber,
        success: (r) => resolve({ kind: 'passed', token: r.verifyResult }),
        fail: (e) => resolve({ kind: 'failed', reason: e.errMsg }),
      }),
    )
  }
  if (process.env.TARO_ENV === 'alipay' && my.startAPVerify) {
    const start = my.startAPVerify
    return new Promise((resolve) =>
      start({
        url: '',
        certifyId: subject.certifyId,
        success: (r) => resolve(r.resultStatus === '9000' ? { kind: 'passed', token: subject.certifyId } : { kind: 'failed', reason: r.resultStatus }),
        fail: () => resolve({ kind: 'failed', reason: 'cancelled' }),
      }),
    )
  }
  return { kind: 'unavailable' }
}
export const hasFaceVerification = process.env.TARO_ENV !== 'h5'

/** Biometric check before showing the code, where the platform offers one (WeChat SOTER). */
export async function verifyBiometric(challenge: string): Promise<'passed' | 'failed' | 'unavailable'> {
  if (process.env.TARO_ENV !== 'weapp') return 'unavailable'
  try {
    const support = await Taro.checkIsSupportSoterAuthentication()
    const mode = support.supportMode.includes('fingerPrint') ? 'fingerPrint' : support.supportMode.includes('facial') ? 'facial' : null
    if (!mode) return 'unavailable'
    await Taro.startSoterAuthentication({ requestAuthModes: [mode], challenge, authContent: '验证身份后显示电子社保卡二维码' })
    return 'passed'
  } catch {
    return 'failed'
  }
}

/**
 * A page's query parameter from its deep link: Taro's router params, and on H5 also the address bar
 * (the page a shared link opened, e.g. `/?city=kunming`).
 */
export function pageParam(name: string): string | undefined {
  const fromRouter = Taro.getCurrentInstance().router?.params?.[name]
  if (fromRouter) return fromRouter
  if (process.env.TARO_ENV === 'h5' && typeof window !== 'undefined') return new URLSearchParams(window.location.search).get(name) ?? undefined
  return undefined
}

/** H5: set a query parameter of the address bar without navigating, so a reload or a shared link keeps it. */
export function setLinkParam(name: string, value: string): void {
  if (process.env.TARO_ENV !== 'h5' || typeof window === 'undefined') return
  const url = new URL(window.location.href)
  if (url.searchParams.get(name) === value) return
  url.searchParams.set(name, value)
  window.history.replaceState(window.history.state, '', url.toString())
}

/**
 * H5: marks the document in large-text mode, for what lies outside every page's .screen (Taro's tab bar).
 * Mini-programs draw their tab bar natively: nothing to mark.
 */
export function markLargeText(on: boolean): void {
  if (process.env.TARO_ENV === 'h5' && typeof document !== 'undefined') document.documentElement.classList.toggle('large-text', on)
}

/**
 * The resident's font setting in the platform. WeChat: `getAppBaseInfo()`'s fontSizeScaleFactor (or
 * fontSizeSetting over the standard 17 px). Alipay: `getSystemInfoSync().appMode === 'bigFontSize'` (支付宝长辈版;
 * its fontSizeSetting is a level without a documented scale). H5: sizes are rem, so the browser's own font
 * setting scales the page: nothing to read.
 */
export function systemText(): SystemText {
  try {
    if (process.env.TARO_ENV === 'weapp') {
      const info = wx.getAppBaseInfo()
      const scale =
        info.fontSizeScaleFactor && info.fontSizeScaleFactor > 0
          ? info.fontSizeScaleFactor
          : info.fontSizeSetting > 0
            ? info.fontSizeSetting / WECHAT_STANDARD_FONT_PX
            : 1
      return { scale, large: scale >= LARGE_TEXT_FROM_SCALE }
    }
    if (process.env.TARO_ENV === 'alipay') return { scale: 1, large: my.getSystemInfoSync().appMode === 'bigFontSize' }
  } catch {
    // An old base library without these APIs: the in-app switch only.
  }
  return { scale: 1, large: false }
}

/**
 * How much larger the browser's own font setting draws text than its standard 16 px (H5; 1 in mini-programs,
 * whose setting is in `systemText`). Pages need not ask (their sizes are rem): this is for what is drawn in px,
 * the chart's canvas text.
 */
export function browserFontScale(): number {
  if (process.env.TARO_ENV !== 'h5' || typeof document === 'undefined') return 1
  // Measured by src/index.html from the browser's default font size.
  return parseFloat(getComputedStyle(document.documentElement).getPropertyValue('--browser-font-scale')) || 1
}

/**
 * Calls `changed` when the font setting may have changed. Neither WeChat nor Alipay has a font-size event: the
 * setting is changed outside the app, so it is read again each time the app comes back to the foreground.
 */
export function onSystemTextChange(changed: () => void): () => void {
  if (process.env.TARO_ENV === 'h5') return () => undefined
  Taro.onAppShow(changed)
  return () => Taro.offAppShow(changed)
}
