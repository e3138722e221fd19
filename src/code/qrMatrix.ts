/**
 * The QR module matrix of a code payload (qrcode's `create()`, pure JS) and the one routine that paints
 * it on any 2D canvas context: the H5 canvas, the mini-program <Canvas type="2d"> node, a test double.
 */
import { create } from 'qrcode'

export interface QrMatrix {
  /** Modules per side, without the quiet zone. */
  size: number
  /** Row-major, 1 = dark. */
  dark: Uint8Array
}

/** What a screen reader says for the symbol (never the payload). */
export const QR_LABEL = '电子社保卡二维码，请出示给扫码设备'

/** The quiet zone around the symbol, in modules (the standard asks for 4). */
export const QUIET_ZONE = 4

/**
 * The payload goes in as UTF-8 bytes in one byte-mode segment: handed a string, qrcode encodes it with
 * TextEncoder, which the WeChat and Alipay engines on phones do not have (node-qrcode issue 373).
 */
export function qrMatrix(payload: string): QrMatrix {
  const { modules } = create([{ data: utf8Bytes(payload), mode: 'byte' }], { errorCorrectionLevel: 'M' })
  return { size: modules.size, dark: Uint8Array.from(modules.data, (bit) => (bit ? 1 : 0)) }
}

/** UTF-8 bytes of a string, as TextEncoder gives them (a lone surrogate becomes U+FFFD). */
export function utf8Bytes(text: string): Uint8Array {
  const bytes: number[] = []
  for (const char of text) {
    let point = char.codePointAt(0) as number
    if (point >= 0xd800 && point <= 0xdfff) point = 0xfffd
    if (point < 0x80) bytes.push(point)
    else if (point < 0x800) bytes.push(0xc0 | (point >> 6), 0x80 | (point & 0x3f))
    else if (point < 0x10000) bytes.push(0xe0 | (point >> 12), 0x80 | ((point >> 6) & 0x3f), 0x80 | (point & 0x3f))
    else bytes.push(0xf0 | (point >> 18), 0x80 | ((point >> 12) & 0x3f), 0x80 | ((point >> 6) & 0x3f), 0x80 | (point & 0x3f))
  }
  return Uint8Array.from(bytes)
}

/** The part of CanvasRenderingContext2D that painting needs (also what mini-program canvases offer). */
export interface PaintTarget {
  fillStyle: unknown
  fillRect(x: number, y: number, width: number, height: number): void
}

/**
 * Whole pixels per module so that the symbol and its quiet zone fit in `sidePx`; at least 1.
 * Whole pixels keep the modules sharp for the scanner.
 */
export function modulePixels(matrix: QrMatrix, sidePx: number): number {
  return Math.max(1, Math.floor(sidePx / (matrix.size + 2 * QUIET_ZONE)))
}

/** The side in pixels of the symbol with its quiet zone at `scale` pixels per module. */
export const sideOf = (matrix: QrMatrix, scale: number) => (matrix.size + 2 * QUIET_ZONE) * scale

/** Paints the matrix with its quiet zone from (0, 0). Runs of dark modules become one rect each. */
export function paintQr(target: PaintTarget, matrix: QrMatrix, scale: number): void {
  const side = sideOf(matrix, scale)
  target.fillStyle = '#ffffff'
  target.fillRect(0, 0, side, side)
  target.fillStyle = '#000000'
  const offset = QUIET_ZONE * scale
  for (let y = 0; y < matrix.size; y++) {
    let x = 0
    while (x < matrix.size) {
      if (!matrix.dark[y * matrix.size + x]) {
        x++
        continue
      }
      const start = x
      while (x < matrix.size && matrix.dark[y * matrix.size + x]) x++
      target.fillRect(offset + start * scale, offset + y * scale, (x - start) * scale, scale)
    }
  }
}
