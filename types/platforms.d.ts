/**
 * What the official typings (miniprogram-api-typings for wx, @mini-types/my for my, referenced in
 * global.d.ts) lack: WeChat's face verification is open only to approved categories (government
 * services among them) and is not in the public typings.
 */
declare namespace WechatMiniprogram {
  interface Wx {
    startFacialRecognitionVerify?(options: {
      name: string
      idCardNumber: string
      success(result: { verifyResult: string }): void
      fail(error: { errMsg: string; errCode?: number }): void
    }): void
  }
}
