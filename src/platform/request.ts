import Taro from '@tarojs/taro'
import { RequestFailure, type HttpRequest } from './http'

/** How wx.request and my.request fail: WeChat with an errMsg; Alipay with an error number, and the answer on error 19. */
interface PlatformFailure {
  errMsg?: string
  error?: number
  status?: number
  data?: unknown
}

/** Alipay's my.request error for a timeout (WeChat says "timeout" in errMsg). */
const ALIPAY_TIMEOUT = 13
/** Alipay's my.request error for an answer whose HTTP status is not 2xx; the answer comes with it. */
const ALIPAY_HTTP_STATUS = 19

/** Mini-programs: wx.request / my.request through Taro (which the mock's interceptor answers in dev builds). */
export async function httpRequest({ url, method, headers, body, timeoutMs }: HttpRequest): Promise<string> {
  try {
    const response = await Taro.request({ url, method, data: body, header: headers, timeout: timeoutMs, dataType: 'text', responseType: 'text' })
    return asText(response.data)
  } catch (error) {
    const failure = (error ?? {}) as PlatformFailure
    // The gateway answered with an error status (its envelope says why): Alipay reports that as a failure.
    if (failure.error === ALIPAY_HTTP_STATUS && typeof failure.status === 'number' && failure.data !== undefined) return asText(failure.data)
    throw new RequestFailure(failure.error === ALIPAY_TIMEOUT || /timeout/i.test(String(failure.errMsg)) ? 'timeout' : 'offline')
  }
}

const asText = (data: unknown) => (typeof data === 'string' ? data : JSON.stringify(data))
