/** The few native calls the platform adapter makes where Taro has no unified API. */
declare const wx: {
  setVisualEffectOnCapture?(options: { visualEffect: 'hidden' | 'none' }): void
  startFacialRecognitionVerify?(options: {
    name: string
    idCardNumber: string
    success(result: { verifyResult: string }): void
    fail(error: { errMsg: string; errCode?: number }): void
  }): void
  /** Base library 2.20.1+: the device's OS ('ios', 'android', …). */
  getDeviceInfo?(): { platform: string }
  /** Base library 2.15.0+: cryptographically secure random bytes. */
  getRandomValues?(options: { length: number; success(result: { randomValues: ArrayBuffer }): void; fail(error: { errMsg: string }): void }): void
  /** Base library 2.20.1+: fontSizeSetting (px, standard 17) 2.23.4+, fontSizeScaleFactor later (0 or absent before). */
  getAppBaseInfo(): { fontSizeSetting: number; fontSizeScaleFactor?: number }
  /** Puts text on the clipboard (WeChat shows its own 内容已复制 toast). */
  setClipboardData(options: { data: string; success(): void; fail(error: { errMsg: string }): void }): void
}

declare const my: {
  getAuthCode(options: { scopes: string; success(result: { authCode: string }): void; fail(error: unknown): void }): void
  setScreenBrightness(options: { brightness: number; success?(): void; fail?(e: unknown): void }): void
  getScreenBrightness(options: { success(result: { brightness: number }): void; fail(e: unknown): void }): void
  setKeepScreenOn(options: { keepScreenOn: boolean }): void
  openLocation(options: { latitude: string; longitude: string; name: string; address: string; scale?: number }): void
  tradePay(options: { tradeNO: string; success(result: { resultCode: string }): void; fail(e: unknown): void }): void
  /** appMode 'bigFontSize': 支付宝长辈版 (大字体版), @mini-types/my ESystemInfoAppMode. */
  getSystemInfoSync(): { appMode?: string; fontSizeSetting?: number }
  /** Alipay's name for the clipboard call: `text`, not WeChat's `data`. */
  setClipboard(options: { text: string; success(): void; fail(error: unknown): void }): void
  startAPVerify?(options: { url: string; certifyId: string; success(result: { resultStatus: string }): void; fail(e: unknown): void }): void
}
