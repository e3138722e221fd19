import Taro from '@tarojs/taro'
import { STORAGE_KEY, createAppMockGateway } from './runtime'

interface RequestParams {
  url: string
  method?: string
  header?: Record<string, string>
  data?: unknown
  timeout?: number
}

/**
 * Mini-program development builds: a service worker cannot see wx.request / my.request, so a Taro
 * request interceptor answers gateway URLs from the same mock, without bundling msw.
 */
export function installInterceptor(baseUrl: string): void {
  const gateway = createAppMockGateway(baseUrl, {
    get: () => (Taro.getStorageSync(STORAGE_KEY) as string) || undefined,
    set: (value) => Taro.setStorageSync(STORAGE_KEY, value),
  })
  Taro.addInterceptor((chain: { requestParams: RequestParams; proceed(p: RequestParams): Promise<unknown> }) => {
    const params = chain.requestParams
    if (!params.url.startsWith(baseUrl)) return chain.proceed(params)
    return gateway.handle({ method: params.method ?? 'GET', url: params.url, headers: params.header ?? {}, body: params.data }).then(async (response) => {
      if (response.kind === 'offline') throw { errMsg: 'request:fail network offline' }
      if (response.kind === 'timeout') {
        await new Promise((resolve) => setTimeout(resolve, params.timeout ?? 10_000))
        throw { errMsg: 'request:fail timeout' }
      }
      return { statusCode: response.status, header: response.headers, data: response.body, errMsg: 'request:ok' }
    })
  })
}
