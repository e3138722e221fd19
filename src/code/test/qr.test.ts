/** The QR matrix and the painting routine give a symbol that a QR decoder reads back as the gateway's payload. */
import fc from 'fast-check'
import jsQR from 'jsqr'
import { call } from '@/gateway/client'
import { useSession } from '@/stores/session'
import { modulePixels, paintQr, qrMatrix, sideOf, utf8Bytes, type PaintTarget, type QrMatrix } from '@/code/qrMatrix'
import { TEST_ECARD_PASSWORD, TEST_SMS_CODE } from '@mock/data/personas'
import { setupMockGateway } from '@mock/node'

const { gateway, server } = setupMockGateway()

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterAll(() => server.close())

/** A 2D context stand-in that paints fillRect calls into an RGBA buffer. */
function rgbaCanvas(side: number): PaintTarget & { data: Uint8ClampedArray } {
  const data = new Uint8ClampedArray(side * side * 4)
  const target = {
    data,
    fillStyle: '#000000' as unknown,
    fillRect(x: number, y: number, width: number, height: number) {
      const value = target.fillStyle === '#ffffff' ? 255 : 0
      for (let row = y; row < y + height; row++) {
        for (let col = x; col < x + width; col++) {
          const at = (row * side + col) * 4
          data[at] = data[at + 1] = data[at + 2] = value
          data[at + 3] = 255
        }
      }
    },
  }
  return target
}

function decode(matrix: QrMatrix, scale: number): string | undefined {
  const side = sideOf(matrix, scale)
  const canvas = rgbaCanvas(side)
  paintQr(canvas, matrix, scale)
  return jsQR(canvas.data, side, side)?.data
}

test('a payload issued by the gateway survives matrix, painting and decoding', async () => {
  gateway.setControls({ personaId: 'level2', fault: 'none', latencyMs: 0 })
  await call('smsLogin', { phone: '13708712345' })
  useSession.getState().setSession(await call('login', { channel: 'h5', phone: '13708712345', smsCode: TEST_SMS_CODE }))
  const code = await call('codeIssue', { password: TEST_ECARD_PASSWORD, kind: 'payment' })

  const matrix = qrMatrix(code.payload)
  expect(decode(matrix, modulePixels(matrix, 240))).toBe(code.payload)
})

test('the symbol keeps a 4-module quiet zone and whole-pixel modules at any size', () => {
  const matrix = qrMatrix('ESSC1.code-1.identity.1700000000000.abcdef')
  expect(matrix.dark).toHaveLength(matrix.size * matrix.size)
  for (const sidePx of [60, 240, 480, 720]) {
    const scale = modulePixels(matrix, sidePx)
    expect(Number.isInteger(scale)).toBe(true)
    expect(sideOf(matrix, scale)).toBeLessThanOrEqual(Math.max(sidePx, matrix.size + 8))
    expect(decode(matrix, scale)).toBe('ESSC1.code-1.identity.1700000000000.abcdef')
  }
})

test('the matrix is made without TextEncoder, which mini-program engines on phones lack', () => {
  const saved = globalThis.TextEncoder
  // @ts-expect-error -- the engine of WeChat and Alipay on a phone has no TextEncoder
  delete globalThis.TextEncoder
  try {
    const matrix = qrMatrix('ESSC1.code-2.payment.1700000000000.0a1b2c')
    expect(decode(matrix, modulePixels(matrix, 240))).toBe('ESSC1.code-2.payment.1700000000000.0a1b2c')
  } finally {
    globalThis.TextEncoder = saved
  }
})

test('utf8Bytes gives the bytes TextEncoder gives, for any string (CJK, emoji, lone surrogates)', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary' }), (text) => {
      expect(Array.from(utf8Bytes(text))).toEqual(Array.from(new TextEncoder().encode(text)))
    }),
  )
  expect(Array.from(utf8Bytes('社保\ud800'))).toEqual(Array.from(new TextEncoder().encode('社保\ud800')))
})
