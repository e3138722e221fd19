/**
 * The host's `wx` and `my`: exactly the member names of the official typings (apiMembers.json). The APIs
 * the app and Taro use are implemented with each platform's own shapes (Alipay: `getStorageSync({key})`
 * → `{data}`, `request` answers `status`/`headers` and fails with error 19 on an HTTP error status,
 * `getAuthCode`, `scan`, `confirm`, string coordinates, `setClipboard({text})` where WeChat has
 * `setClipboardData({data})`); every other member records the call and fails
 * with an errMsg. Reads of names the real object lacks are recorded (feature detection reads them).
 */
import { randomBytes } from 'node:crypto'
import { CanvasNodeDouble } from './canvas'
import type { HostPage, MiniHost, NetworkAnswer } from './host'
import { loadMembers } from './members'
import { watchChunks } from './taroWatch'
import { descendants, type MiniNode } from './tree'

export interface HostDevice {
  /** The user's position; null when they refuse. */
  location: { latitude: number; longitude: number } | null
  brightness: number
  /** false: the platform fails to read the screen brightness (some devices and modes). */
  brightnessReadable: boolean
  pixelRatio: number
  windowWidth: number
  windowHeight: number
  system: 'iOS' | 'Android'
  /** WeChat SOTER modes the device supports ([] = none). */
  soterModes: string[]
  /** WeChat's font size in px (设置 → 通用 → 字体大小): standard 17, 关怀模式 about 23.8. */
  fontSizeSetting: number
  /** Alipay's app mode: 'bigFontSize' is 支付宝长辈版 (大字体版). */
  appMode: 'normal' | 'bigFontSize'
}

const DEFAULT_DEVICE: HostDevice = {
  location: { latitude: 24.8801, longitude: 102.8329 },
  brightness: 0.5,
  brightnessReadable: true,
  pixelRatio: 3,
  windowWidth: 375,
  windowHeight: 667,
  system: 'iOS',
  soterModes: [],
  fontSizeSetting: 17,
  appMode: 'normal',
}

type Options = Record<string, unknown> & { success?: (r: unknown) => void; fail?: (r: unknown) => void; complete?: (r: unknown) => void }
type Impl = (options: Options, ...rest: unknown[]) => unknown

export interface ModalRequest {
  title: string
  content: string
  showCancel: boolean
  answer(confirm: boolean): void
}

export interface ApiRecorder {
  calls: { name: string; args: unknown[] }[]
  unimplemented: string[]
  missingReads: Set<string>
  /** Taro.x read where Taro has no x, because the platform lacks it (taroWatch.ts). */
  missingTaroApis: string[]
  requests: { method: string; url: string }[]
  storage: Map<string, unknown>
  /** Results the next scans return, in order (null: the user cancels). */
  scanQueue: (string | null)[]
  toasts: string[]
  modals: ModalRequest[]
  /**
   * How the next platform payments end (wx.requestPayment / my.tradePay; each call is in `calls`): 'success', the
   * resident cancels, or the platform refuses. `onPayment` sees each call's options first (a test settles the
   * mock gateway's order there, as the payment platform would).
   */
  paymentOutcome: 'success' | 'cancel' | 'fail'
  onPayment: ((options: Record<string, unknown>) => void) | null
  /**
   * The photos the camera or album gives next (wx.chooseMedia / my.chooseImage), in order; null: the resident
   * cancels. Each becomes a temporary file that getImageInfo measures and the file system manager reads as base64.
   */
  photoQueue: ({ width: number; height: number; base64: string } | null)[]
  /** Pictures saved to the album (saveImageToPhotosAlbum), each the canvas it was drawn on; `albumDenied`: the user refuses. */
  album: CanvasNodeDouble[]
  albumDenied: boolean
  /** What the app put on the clipboard last (wx.setClipboardData / my.setClipboard); null: nothing yet. */
  clipboard: string | null
  brightness: number
  keepScreenOn: boolean
  captureHidden: boolean
  /** wx.onAppShow / my.onAppShow listeners: the host calls them when the app comes back to the foreground. */
  appShow: Set<(options: unknown) => void>
  selectorQuery(page: HostPage): unknown
  canvas(page: HostPage, id: string): CanvasNodeDouble | undefined
  called(name: string): { name: string; args: unknown[] }[]
}

const clone = <T>(value: T): T => (value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T))

/** `lacking`: members taken away, as on an older client that does not have them yet. */
export function createApis(host: MiniHost, deviceOverrides: Partial<HostDevice>, lacking: readonly string[] = []) {
  const device = { ...DEFAULT_DEVICE, ...deviceOverrides }
  const weapp = host.platform === 'weapp'
  const all = loadMembers()[weapp ? 'wx' : 'my']
  const members = { ...all, functions: all.functions.filter((name) => !lacking.includes(name)) }
  const canvases = new WeakMap<HostPage, Map<string, CanvasNodeDouble>>()
  const later = (fn: () => void) => host.clock.setTimeout(fn, 0)
  let counter = 0
  /** Temporary files written from a canvas, by path. */
  const tempFiles = new Map<string, CanvasNodeDouble>()

  const recorder: ApiRecorder = {
    calls: [],
    unimplemented: [],
    missingReads: new Set(),
    missingTaroApis: [],
    requests: [],
    storage: new Map(),
    scanQueue: [],
    toasts: [],
    modals: [],
    paymentOutcome: 'cancel',
    onPayment: null,
    photoQueue: [],
    album: [],
    albumDenied: false,
    clipboard: null,
    brightness: device.brightness,
    keepScreenOn: false,
    captureHidden: false,
    appShow: new Set(),
    selectorQuery: (page) => new SelectorQuery(host, page, canvasFor),
    canvas: (page, id) => {
      const node = [...descendants(page.tree())].find((n) => n.id === id)
      return node ? canvasFor(page, node) : undefined
    },
    called: (name) => recorder.calls.filter((c) => c.name === name),
  }

  function canvasFor(page: HostPage, node: MiniNode): CanvasNodeDouble | undefined {
    if (node.tag !== 'canvas' || node.attributes.type !== '2d') return undefined
    let byPage = canvases.get(page)
    if (!byPage) canvases.set(page, (byPage = new Map()))
    let canvas = byPage.get(node.sid)
    if (!canvas) {
      const { width, height } = sizeOf(node)
      byPage.set(node.sid, (canvas = new CanvasNodeDouble(width || 300, height || 150, host.clock, tempFiles)))
    }
    return canvas
  }

  /** An async API's answer: WeChat adds `errMsg: "name:ok"`, Alipay does not. */
  const succeed = (name: string, options: Options, result: Record<string, unknown> = {}) =>
    later(() => {
      const res = weapp ? { ...result, errMsg: `${name}:ok` } : result
      options.success?.(res)
      options.complete?.(res)
    })
  const failWith = (name: string, options: Options, reason: string, alipayError = 2) =>
    later(() => {
      const res = weapp ? { errMsg: `${name}:fail ${reason}` } : { error: alipayError, errorMessage: reason }
      options.fail?.(res)
      options.complete?.(res)
    })

  const route =
    (kind: 'navigateTo' | 'redirectTo' | 'reLaunch' | 'switchTab' | 'navigateBack'): Impl =>
    (options) => {
      void host.navigate(kind, options.url as string | undefined, Number(options.delta ?? 1)).then((refusal) => {
        if (refusal) failWith(kind, options, refusal.replace(/^\w+:fail /, ''))
        else succeed(kind, options)
      })
    }

  const windowInfo = () => ({
    pixelRatio: device.pixelRatio,
    screenWidth: device.windowWidth,
    screenHeight: device.windowHeight,
    windowWidth: device.windowWidth,
    windowHeight: device.windowHeight - 64,
    statusBarHeight: 20,
    safeArea: { left: 0, right: device.windowWidth, top: 20, bottom: device.windowHeight, width: device.windowWidth, height: device.windowHeight - 20 },
    screenTop: 0,
  })
  const systemInfo = () => ({
    ...windowInfo(),
    brand: device.system === 'iOS' ? 'iPhone' : 'HUAWEI',
    model: device.system === 'iOS' ? 'iPhone 12' : 'HUAWEI P40',
    system: `${device.system} ${device.system === 'iOS' ? '17.0' : '12'}`,
    platform: device.system === 'iOS' ? 'ios' : 'android',
    language: 'zh_CN',
    version: weapp ? '8.0.50' : '10.6.0',
    SDKVersion: weapp ? '3.5.0' : '2.9.0',
    fontSizeSetting: weapp ? device.fontSizeSetting : 1,
    ...(weapp ? {} : { app: 'alipay', titleBarHeight: 44, platform: device.system, appMode: device.appMode }),
  })

  const request: Impl = (options) => {
    const method = String(options.method ?? 'GET').toUpperCase()
    const headers = ((weapp ? options.header : (options.headers ?? options.header)) ?? {}) as Record<string, string>
    const dataType = String(options.dataType ?? 'json')
    let url = String(options.url)
    const data = options.data
    let body: string | undefined
    if (method === 'GET' && data && typeof data === 'object') {
      const query = Object.entries(data as Record<string, unknown>).map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`)
      if (query.length) url += (url.includes('?') ? '&' : '?') + query.join('&')
    } else if (data !== undefined) body = typeof data === 'string' ? data : JSON.stringify(data)
    recorder.requests.push({ method, url })
    let done = false
    const timeoutMs = Number(options.timeout ?? (weapp ? 60_000 : 30_000))
    const finish = (ok: boolean, result: unknown) => {
      if (done) return
      done = true
      host.clock.clearTimeout(timer)
      if (ok) options.success?.(result)
      else options.fail?.(result)
      options.complete?.(result)
    }
    const failure = (kind: 'timeout' | 'offline' | 'abort') =>
      weapp
        ? { errMsg: `request:fail ${kind === 'offline' ? 'net::ERR_INTERNET_DISCONNECTED' : kind}` }
        : kind === 'timeout'
          ? { error: 13, errorMessage: '请求超时' }
          : { error: kind === 'offline' ? 12 : 9, errorMessage: kind === 'offline' ? '网络出错' : '请求已被停止' }
    const timer = host.clock.setTimeout(() => finish(false, failure('timeout')), timeoutMs)
    const deliver = (answer: NetworkAnswer) => {
      if (answer.kind === 'timeout') return
      if (answer.kind === 'offline') return later(() => finish(false, failure('offline')))
      later(() => {
        let parsed: unknown = answer.body
        if (dataType === 'json') {
          try {
            parsed = JSON.parse(answer.body)
          } catch {
            if (!weapp) return finish(false, { error: 14, errorMessage: 'JSON parse data error' })
          }
        }
        if (weapp) return finish(true, { data: parsed, statusCode: answer.status, header: answer.headers, cookies: [], errMsg: 'request:ok' })
        if (answer.status < 200 || answer.status > 299)
          return finish(false, { error: 19, errorMessage: 'http status error', status: answer.status, data: parsed, headers: answer.headers })
        finish(true, { data: parsed, status: answer.status, headers: answer.headers, statusCode: answer.status, header: answer.headers })
      })
    }
    if (!host.network) later(() => finish(false, failure('offline')))
    else
      host.network({ url, method, headers: { ...headers }, body }).then(deliver, (error: unknown) => {
        host.errors.push(`the host's network failed: ${String(error)}`)
        later(() => finish(false, failure('offline')))
      })
    const task = { abort: () => finish(false, failure('abort')) }
    return weapp ? { ...task, onHeadersReceived() {}, offHeadersReceived() {}, onChunkReceived() {}, offChunkReceived() {} } : task
  }

  const scan =
    (name: string): Impl =>
    (options) => {
      const code = recorder.scanQueue.shift()
      if (code === undefined || code === null) return failWith(name, options, weapp ? 'cancel' : '用户取消', 10)
      succeed(
        name,
        options,
        weapp
          ? { result: code, scanType: 'QR_CODE', charSet: 'utf-8', path: '', rawData: Buffer.from(code).toString('base64') }
          : { code, qrCode: code, result: code, scanType: 'QR_CODE', rawData: code, imageChannel: 'camera' },
      )
    }

  const modal = (name: string, title: unknown, content: unknown, showCancel: boolean, options: Options) => {
    recorder.modals.push({
      title: String(title ?? ''),
      content: String(content ?? ''),
      showCancel,
      answer: (confirm) => succeed(name, options, weapp ? { confirm, cancel: !confirm } : name === 'alert' ? {} : { confirm }),
    })
  }

  /** Temporary files the camera or album made, by path. */
  const photoFiles = new Map<string, { width: number; height: number; base64: string }>()
  /** The next photo as a temporary file; null when the resident cancels. */
  const nextPhoto = () => {
    const photo = recorder.photoQueue.shift() ?? null
    if (!photo) return null
    const path = weapp ? `wxfile://tmp_photo_${++counter}.jpg` : `https://resource/apml_photo_${++counter}.image`
    photoFiles.set(path, photo)
    return { path, size: Math.floor((photo.base64.length * 3) / 4) }
  }
  const fileSystemManager = {
    readFile: (options: Options) => {
      const file = photoFiles.get(String(options.filePath))
      if (!file) return failWith('readFile', options, 'no such file or directory', 10022)
      if (options.encoding !== 'base64') return failWith('readFile', options, 'the host reads photos as base64 only')
      succeed('readFile', options, weapp ? { data: file.base64 } : { data: file.base64, dataType: 'base64' })
    },
  }

  const saveImageToPhotosAlbum: Impl = (options) => {
    const canvas = tempFiles.get(String(options.filePath))
    if (!canvas) return failWith('saveImageToPhotosAlbum', options, 'file not found', 2)
    if (recorder.albumDenied) return failWith('saveImageToPhotosAlbum', options, 'auth deny', 15)
    recorder.album.push(canvas)
    succeed('saveImageToPhotosAlbum', options, weapp ? {} : { success: true })
  }

  const common: Record<string, Impl> = {
    saveImageToPhotosAlbum,
    getImageInfo: (options) => {
      const file = photoFiles.get(String(options.src))
      if (!file) return failWith('getImageInfo', options, 'invalid src', 2)
      succeed('getImageInfo', options, { width: file.width, height: file.height, path: options.src, orientation: 'up', type: 'jpeg' })
    },
    getFileSystemManager: () => fileSystemManager,
    onAppShow: (listener) => void recorder.appShow.add(listener as unknown as (options: unknown) => void),
    offAppShow: (listener) => void recorder.appShow.delete(listener as unknown as (options: unknown) => void),
    navigateTo: route('navigateTo'),
    redirectTo: route('redirectTo'),
    reLaunch: route('reLaunch'),
    switchTab: route('switchTab'),
    navigateBack: route('navigateBack'),
    createSelectorQuery: () => recorder.selectorQuery(host.current),
    stopPullDownRefresh: (options) => succeed('stopPullDownRefresh', options ?? {}),
    hideToast: (options) => succeed('hideToast', options ?? {}),
    hideLoading: (options) => succeed('hideLoading', options ?? {}),
    getSystemInfoSync: () => systemInfo(),
    getSystemInfo: (options) => succeed('getSystemInfo', options, systemInfo()),
    getWindowInfo: () => windowInfo(),
    setKeepScreenOn: (options) => {
      recorder.keepScreenOn = Boolean(options.keepScreenOn)
      succeed('setKeepScreenOn', options)
    },
    request,
    pageScrollTo: (options) => succeed('pageScrollTo', options),
    canIUse: (name: unknown) => typeof name === 'string' && members.functions.includes(name.split('.')[0]),
    makePhoneCall: (options) => succeed('makePhoneCall', options),
    openLocation: (options) => succeed('openLocation', options),
  }

  const wx: Record<string, Impl> = {
    login: (options) => succeed('login', options, { code: `wx-login-${++counter}` }),
    getStorageSync: (key) => (recorder.storage.has(String(key)) ? clone(recorder.storage.get(String(key))) : ''),
    setStorageSync: (key, value) => void recorder.storage.set(String(key), clone(value)),
    removeStorageSync: (key) => void recorder.storage.delete(String(key)),
    clearStorageSync: () => recorder.storage.clear(),
    getStorageInfoSync: () => ({ keys: [...recorder.storage.keys()], currentSize: 1, limitSize: 10240 }),
    getDeviceInfo: () => ({
      brand: systemInfo().brand,
      model: systemInfo().model,
      system: systemInfo().system,
      platform: systemInfo().platform,
      pixelRatio: device.pixelRatio,
    }),
    getAppBaseInfo: () => ({
      SDKVersion: '3.5.0',
      version: '8.0.50',
      language: 'zh_CN',
      theme: 'light',
      fontSizeSetting: device.fontSizeSetting,
      fontSizeScaleFactor: device.fontSizeSetting / 17,
    }),
    getAccountInfoSync: () => ({ miniProgram: { appId: 'touristappid', envVersion: 'release', version: '1.0.0' } }),
    getLocation: (options) =>
      device.location
        ? succeed('getLocation', options, { ...device.location, speed: -1, accuracy: 65, altitude: 0, verticalAccuracy: 65, horizontalAccuracy: 65 })
        : failWith('getLocation', options, 'auth deny'),
    scanCode: scan('scanCode'),
    getScreenBrightness: (options) =>
      device.brightnessReadable
        ? succeed('getScreenBrightness', options, { value: recorder.brightness })
        : failWith('getScreenBrightness', options, 'system error'),
    setScreenBrightness: (options) => {
      if (typeof options.value !== 'number') return failWith('setScreenBrightness', options, 'parameter error: parameter.value should be Number')
      recorder.brightness = options.value
      succeed('setScreenBrightness', options)
    },
    getRandomValues: (options) => {
      const length = Number(options.length)
      if (!Number.isInteger(length) || length < 1) return failWith('getRandomValues', options, 'parameter error: parameter.length should be a positive integer')
      succeed('getRandomValues', options, { randomValues: Uint8Array.from(randomBytes(length)).buffer })
    },
    setVisualEffectOnCapture: (options) => {
      recorder.captureHidden = options.visualEffect === 'hidden'
      succeed('setVisualEffectOnCapture', options)
    },
    checkIsSupportSoterAuthentication: (options) => succeed('checkIsSupportSoterAuthentication', options, { supportMode: device.soterModes }),
    startSoterAuthentication: (options) => failWith('startSoterAuthentication', options, 'not enrolled'),
    chooseMedia: (options) => {
      if (!Array.isArray(options.mediaType) || !options.mediaType.includes('image')) return failWith('chooseMedia', options, 'parameter error: mediaType')
      const photo = nextPhoto()
      if (!photo) return failWith('chooseMedia', options, 'cancel')
      succeed('chooseMedia', options, { type: 'image', tempFiles: [{ tempFilePath: photo.path, size: photo.size, fileType: 'image' }] })
    },
    canvasToTempFilePath: (options) => {
      if (!(options.canvas instanceof CanvasNodeDouble)) return failWith('canvasToTempFilePath', options, 'canvas is empty')
      succeed('canvasToTempFilePath', options, { tempFilePath: options.canvas.tempFile() })
    },
    requestPayment: (options) => {
      for (const name of ['timeStamp', 'nonceStr', 'package', 'paySign'])
        if (typeof options[name] !== 'string') return failWith('requestPayment', options, `parameter error: parameter.${name} should be String`)
      recorder.onPayment?.(options)
      if (recorder.paymentOutcome === 'success') succeed('requestPayment', options)
      else failWith('requestPayment', options, recorder.paymentOutcome === 'cancel' ? 'cancel' : 'system error')
    },
    showToast: (options) => {
      recorder.toasts.push(String(options.title ?? ''))
      succeed('showToast', options)
    },
    showLoading: (options) => succeed('showLoading', options),
    // WeChat confirms a copy with its own toast ("内容已复制").
    setClipboardData: (options) => {
      if (typeof options.data !== 'string') return failWith('setClipboardData', options, 'parameter error: parameter.data should be String')
      recorder.clipboard = options.data
      recorder.toasts.push('内容已复制')
      succeed('setClipboardData', options)
    },
    showModal: (options) => modal('showModal', options.title, options.content, options.showCancel !== false, options),
    setNavigationBarTitle: (options) => {
      host.current.title = String(options.title ?? '')
      succeed('setNavigationBarTitle', options)
    },
    setNavigationBarColor: (options) => succeed('setNavigationBarColor', options),
    nextTick: (callback) => void Promise.resolve().then(callback as unknown as () => void),
  }

  const my: Record<string, Impl> = {
    getAuthCode: (options) =>
      succeed('getAuthCode', options, { authCode: `ap-auth-${++counter}`, authSuccessScopes: [String(options.scopes ?? 'auth_base')], authErrorScopes: {} }),
    getStorageSync: (options) => ({ data: recorder.storage.has(String(options?.key)) ? clone(recorder.storage.get(String(options.key))) : null }),
    setStorageSync: (options) => {
      recorder.storage.set(String(options.key), clone(options.data))
      return { success: true }
    },
    removeStorageSync: (options) => {
      recorder.storage.delete(String(options.key))
      return { success: true }
    },
    clearStorageSync: () => {
      recorder.storage.clear()
      return { success: true }
    },
    getStorageInfoSync: () => ({ keys: [...recorder.storage.keys()], currentSize: 1, limitSize: 10240 }),
    getLocation: (options) =>
      device.location
        ? succeed('getLocation', options, {
            latitude: String(device.location.latitude),
            longitude: String(device.location.longitude),
            accuracy: '65',
            horizontalAccuracy: '65',
          })
        : failWith('getLocation', options, '用户拒绝授权', 11),
    scan: scan('scan'),
    getScreenBrightness: (options) =>
      device.brightnessReadable
        ? succeed('getScreenBrightness', options, { brightness: recorder.brightness })
        : failWith('getScreenBrightness', options, 'system error'),
    setScreenBrightness: (options) => {
      if (typeof options.brightness !== 'number') return failWith('setScreenBrightness', options, '参数错误', 2)
      recorder.brightness = options.brightness
      succeed('setScreenBrightness', options)
    },
    chooseImage: (options) => {
      const photo = nextPhoto()
      if (!photo) return failWith('chooseImage', options, '用户取消操作', 11)
      succeed('chooseImage', options, { apFilePaths: [photo.path], tempFilePaths: [photo.path], tempFiles: [{ path: photo.path, size: photo.size }] })
    },
    // Alipay answers every ending through success, with a result code: 9000 paid, 6001 cancelled, 4000 failed.
    tradePay: (options) => {
      if (typeof options.tradeNO !== 'string') return failWith('tradePay', options, '参数错误：tradeNO 应为字符串', 2)
      recorder.onPayment?.(options)
      succeed('tradePay', options, { resultCode: { success: '9000', cancel: '6001', fail: '4000' }[recorder.paymentOutcome] })
    },
    startAPVerify: (options) => succeed('startAPVerify', options, { resultStatus: '6001' }),
    showToast: (options) => {
      recorder.toasts.push(String(options.content ?? ''))
      succeed('showToast', options)
    },
    showLoading: (options) => succeed('showLoading', options),
    setClipboard: (options) => {
      if (typeof options.text !== 'string') return failWith('setClipboard', options, '参数错误：text 应为字符串', 2)
      recorder.clipboard = options.text
      succeed('setClipboard', options, { success: true })
    },
    confirm: (options) => modal('confirm', options.title, options.content, true, options),
    alert: (options) => modal('alert', options.title, options.content, false, options),
    // The official typings take the coordinates as strings.
    openLocation: (options) => {
      if (typeof options.latitude !== 'string' || typeof options.longitude !== 'string')
        return failWith('openLocation', options, '参数错误：longitude、latitude 应为字符串', 2)
      succeed('openLocation', options)
    },
    setNavigationBar: (options) => {
      if (options.title !== undefined) host.current.title = String(options.title)
      succeed('setNavigationBar', options)
    },
  }

  const implementations = { ...common, ...(weapp ? wx : my) }
  const target: Record<string, unknown> = {}
  for (const name of members.functions) {
    const impl = implementations[name]
    target[name] = (...args: unknown[]) => {
      recorder.calls.push({ name, args })
      if (impl) return impl(...(args as [Options, ...unknown[]]))
      recorder.unimplemented.push(name)
      const options = args[0] as Options | undefined
      if (/Sync$/.test(name)) throw new Error(`${name}:fail the host does not implement it`)
      if (options && typeof options === 'object') failWith(name, options, 'the host does not implement it')
      return undefined
    }
  }
  for (const [name, shape] of Object.entries(members.values)) {
    if (shape === 'primitive') target[name] = name === 'isIDE' ? false : weapp ? '3.5.0' : '2.9.0'
    else if (name === 'env')
      target[name] = weapp
        ? { USER_DATA_PATH: 'wxfile://usr' }
        : { USER_DATA_PATH: 'https://usr', clientName: 'ap', clientVersion: '10.6.0', language: 'zh-Hans', platform: device.system }
    else {
      const nested: Record<string, unknown> = {}
      for (const fn of shape) nested[fn] = () => recorder.unimplemented.push(`${name}.${fn}`)
      target[name] = nested
    }
  }
  for (const name of Object.keys(implementations))
    if (!all.functions.includes(name)) throw new Error(`the host implements ${name}, which the real ${weapp ? 'wx' : 'my'} does not have`)

  const everyApiName = [...new Set([...loadMembers().wx.functions, ...loadMembers().my.functions])]
  // Names the bundle itself puts on wx/my (webpackJsonp, taroEventCenter) are its own, not missing APIs.
  const api = new Proxy(target, {
    get(object, key) {
      if (typeof key === 'string' && !(key in object)) recorder.missingReads.add(key)
      return object[key as string]
    },
    set(object, key, value) {
      if (typeof key === 'string') recorder.missingReads.delete(key)
      object[key as string] =
        key === 'webpackJsonp' && Array.isArray(value) ? watchChunks(value, everyApiName, (name) => recorder.missingTaroApis.push(name)) : value
      return true
    },
  })
  return { api, recorder, device }
}

function sizeOf(node: MiniNode): { width: number; height: number } {
  const px = (name: string) => Number(new RegExp(`(?:^|;)\\s*${name}\\s*:\\s*([\\d.]+)px`).exec(node.style)?.[1] ?? 0)
  const size = { width: px('width'), height: px('height') }
  // The host lays nothing out: a canvas sized by a stylesheet gets its width / height attributes (Alipay's
  // Taro sets them), else the platforms' default canvas size, 300 × 150.
  if (node.tag === 'canvas' && !size.width && !size.height) {
    const attribute = (name: string, fallback: number) => parseFloat(String(node.attributes[name] ?? '')) || fallback
    return { width: attribute('width', 300), height: attribute('height', 150) }
  }
  return size
}

/**
 * createSelectorQuery(): WeChat's select() hands out a NodesRef whose methods return the query; Alipay's
 * select() and fields() return the query itself. Selectors: `#id` and `.class` on the page's tree.
 */
class SelectorQuery {
  private requests: { selector: string; all: boolean; fields: Record<string, unknown>; callback?: (r: unknown) => void }[] = []
  private selector = ''
  private all = false

  constructor(
    private readonly host: MiniHost,
    private readonly page: HostPage,
    private readonly canvasFor: (page: HostPage, node: MiniNode) => CanvasNodeDouble | undefined,
  ) {}

  in(): this {
    return this
  }

  select(selector: string): unknown {
    return this.pick(selector, false)
  }

  selectAll(selector: string): unknown {
    return this.pick(selector, true)
  }

  selectViewport(): unknown {
    return this.pick('viewport', false)
  }

  private pick(selector: string, all: boolean): unknown {
    this.selector = selector
    this.all = all
    if (this.host.platform === 'alipay') return this
    const add = (fields: Record<string, unknown>, callback?: (r: unknown) => void) => {
      this.requests.push({ selector, all, fields, callback })
      return this
    }
    return {
      boundingClientRect: (callback?: (r: unknown) => void) => add({ id: true, dataset: true, rect: true, size: true }, callback),
      scrollOffset: (callback?: (r: unknown) => void) => add({ id: true, dataset: true, scrollOffset: true }, callback),
      fields: (fields: Record<string, unknown>, callback?: (r: unknown) => void) => add(fields, callback),
      node: (callback?: (r: unknown) => void) => add({ node: true }, callback),
      context: (callback?: (r: unknown) => void) => add({ context: true }, callback),
    }
  }

  // Alipay: the query's own methods act on the last select().
  boundingClientRect(callback?: (r: unknown) => void): this {
    return this.add({ id: true, dataset: true, rect: true, size: true }, callback)
  }
  scrollOffset(callback?: (r: unknown) => void): this {
    return this.add({ id: true, dataset: true, scrollOffset: true }, callback)
  }
  fields(fields: Record<string, unknown>, callback?: (r: unknown) => void): this {
    return this.add(fields, callback)
  }
  node(callback?: (r: unknown) => void): this {
    return this.add({ node: true }, callback)
  }
  context(callback?: (r: unknown) => void): this {
    return this.add({ context: true }, callback)
  }

  private add(fields: Record<string, unknown>, callback?: (r: unknown) => void): this {
    this.requests.push({ selector: this.selector, all: this.all, fields, callback })
    return this
  }

  exec(callback?: (results: unknown[]) => void): unknown {
    const requests = this.requests
    this.host.clock.setTimeout(() => {
      const results = requests.map((request) => {
        const found = this.find(request.selector)
        const describe = (node: MiniNode) => this.describe(node, request.fields)
        const result = request.all ? found.map(describe) : found[0] ? describe(found[0]) : null
        request.callback?.(result)
        return result
      })
      callback?.(results)
    }, 0)
    return this
  }

  private find(selector: string): MiniNode[] {
    if (!this.page.alive) return []
    const nodes = [...descendants(this.page.tree())]
    if (selector.startsWith('#')) return nodes.filter((n) => n.id === selector.slice(1))
    if (selector.startsWith('.')) return nodes.filter((n) => n.className.split(/\s+/).includes(selector.slice(1)))
    return []
  }

  private describe(node: MiniNode, fields: Record<string, unknown>): Record<string, unknown> {
    const result: Record<string, unknown> = {}
    const { width, height } = sizeOf(node)
    if (fields.id) result.id = node.id
    if (fields.dataset) result.dataset = {}
    if (fields.rect) Object.assign(result, { left: 0, top: 0, right: width, bottom: height })
    if (fields.size) Object.assign(result, { width, height })
    if (fields.scrollOffset) Object.assign(result, { scrollLeft: 0, scrollTop: 0 })
    if (fields.node) result.node = this.canvasFor(this.page, node) ?? null
    return result
  }
}
