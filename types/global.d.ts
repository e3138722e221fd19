/// <reference types="@tarojs/taro" />
/// <reference types="miniprogram-api-typings" />
/// <reference types="@mini-types/my" />

declare module '*.png'
declare module '*.css'
declare module '*.wxss'

/** Build-time constants from config/index.ts (defineConstants). */
declare const MOCK_GATEWAY: boolean
declare const GATEWAY_BASE_URL: string

declare namespace NodeJS {
  interface ProcessEnv {
    TARO_ENV: 'weapp' | 'alipay' | 'h5'
    NODE_ENV: 'development' | 'production' | 'test'
  }
}
