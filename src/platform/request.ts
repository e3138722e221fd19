import Taro from '@tarojs/taro'
import { RequestFailure, type HttpRequest } from './http'

/** Mini-programs: wx.request / my.request through Taro (which the mock's interceptor answers in dev builds). */
export async function httpRequest({ url, method, headers, body, timeoutMs }: HttpRequest): Promise<string> {
  try {
    const response = await Taro.request({ url, method, data: body, header: headers, timeout: timeoutMs, dataType: 'text', responseType: 'text' })
    return typeof response.data === 'string' ? response.data : JSON.stringify(response.data)
  } catch (error) {
    throw new RequestFailure(/timeout/i.test(String((error as { errMsg?: string })?.errMsg)) ? 'timeout' : 'offline')
  }
}
