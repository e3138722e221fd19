// The mini-program side of the platform's HTTP request (Taro.request). Jest resolves `@/platform/request`
// to the H5 twin, which the gateway client tests cover over msw/node, so this file loads request.ts itself.
import Taro from '@tarojs/taro'
import { RequestFailure } from '@/platform/http'

type RequestModule = typeof import('@/platform/request')
const { httpRequest } = jest.requireActual<RequestModule>('../../src/platform/request.ts')

const request = { url: 'https://gateway.test/api/card', method: 'POST' as const, headers: { Authorization: 'Bearer t' }, body: { a: 1 }, timeoutMs: 5000 }

afterEach(() => jest.restoreAllMocks())

test('sends through Taro.request as text and returns the body', async () => {
  const sent = jest.spyOn(Taro, 'request').mockResolvedValue({ data: '{"code":"OK"}', statusCode: 200 } as never)
  await expect(httpRequest(request)).resolves.toBe('{"code":"OK"}')
  expect(sent).toHaveBeenCalledWith({
    url: request.url,
    method: 'POST',
    data: { a: 1 },
    header: { Authorization: 'Bearer t' },
    timeout: 5000,
    dataType: 'text',
    responseType: 'text',
  })
})

test.each([
  ['request:fail timeout', 'timeout'],
  ['request:fail network unreachable', 'offline'],
])('a failure "%s" becomes RequestFailure(%s)', async (errMsg, reason) => {
  jest.spyOn(Taro, 'request').mockRejectedValue({ errMsg })
  const failure = await httpRequest(request).catch((error: unknown) => error)
  expect(failure).toBeInstanceOf(RequestFailure)
  expect((failure as RequestFailure).reason).toBe(reason)
})

test('Alipay: an answer with an error status (error 19) is the gateway speaking, not the network failing', async () => {
  const body = '{"code":"PASSWORD_WRONG","message":"x","data":null,"traceId":"t"}'
  jest.spyOn(Taro, 'request').mockRejectedValue({ error: 19, errorMessage: 'http status error', status: 422, data: body, headers: {} })
  await expect(httpRequest(request)).resolves.toBe(body)
})

test.each([
  [{ error: 13, errorMessage: '请求超时' }, 'timeout'],
  [{ error: 12, errorMessage: '网络出错' }, 'offline'],
  [{ error: 19, errorMessage: 'http status error' }, 'offline'],
])('Alipay: a failure %j becomes RequestFailure(%s)', async (failure, reason) => {
  jest.spyOn(Taro, 'request').mockRejectedValue(failure)
  const caught = await httpRequest(request).catch((error: unknown) => error)
  expect(caught).toBeInstanceOf(RequestFailure)
  expect((caught as RequestFailure).reason).toBe(reason)
})
