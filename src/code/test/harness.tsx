/**
 * Shared set-up for the code flow tests: the page hidden and shown again (test/support/taro.ts), a 2D canvas
 * for jsdom that paints into an RGBA buffer and encodes PNG data URLs (so the drawn QR can be decoded),
 * and an H5 login against the mock gateway.
 */
import jsQR from 'jsqr'
import { PNG } from 'pngjs'
import { act, fireEvent, screen } from '@testing-library/react'
import { pageLifecycle } from '@test/support/taro'

/** Taro hides the page (navigated away, app to background). */
export const hidePage = () => act(async () => pageLifecycle.hide())
/** The page is shown again. */
export const showPage = () => act(async () => pageLifecycle.show())

type Painter = { fillStyle: string; fillRect(x: number, y: number, w: number, h: number): void }

/** jsdom has no canvas: give it one that paints rectangles into pixels and encodes them as PNG. */
export function installCanvas() {
  const pixels = new WeakMap<HTMLCanvasElement, Buffer>()
  const bufferOf = (canvas: HTMLCanvasElement) => {
    let buffer = pixels.get(canvas)
    if (!buffer || buffer.length !== canvas.width * canvas.height * 4) {
      buffer = Buffer.alloc(canvas.width * canvas.height * 4)
      pixels.set(canvas, buffer)
    }
    return buffer
  }
  function getContext(this: HTMLCanvasElement) {
    const canvas = this as HTMLCanvasElement
    const painter: Painter = {
      fillStyle: '#000000',
      fillRect(x, y, w, h) {
        const data = bufferOf(canvas)
        const value = painter.fillStyle === '#ffffff' ? 255 : 0
        for (let row = y; row < y + h; row++) {
          for (let col = x; col < x + w; col++) {
            const at = (row * canvas.width + col) * 4
            data[at] = data[at + 1] = data[at + 2] = value
            data[at + 3] = 255
          }
        }
      },
    }
    return painter as unknown as CanvasRenderingContext2D
  }
  jest.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(getContext as unknown as HTMLCanvasElement['getContext'])
  jest.spyOn(HTMLCanvasElement.prototype, 'toDataURL').mockImplementation(function (this: HTMLCanvasElement) {
    const png = new PNG({ width: this.width, height: this.height })
    bufferOf(this).copy(png.data)
    return `data:image/png;base64,${PNG.sync.write(png).toString('base64')}`
  })
}

/** Decodes the QR image on screen (its PNG data URL) back to its text. */
export function decodeShownQr(): string | undefined {
  const image = screen.getByLabelText('电子社保卡二维码，请出示给扫码设备')
  const src = image.getAttribute('src') ?? ''
  const png = PNG.sync.read(Buffer.from(src.replace(/^data:image\/png;base64,/, ''), 'base64'))
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data
}

/** A Taro button (<taro-button-core>, no button role in jsdom) by its accessible name or its text. */
export function queryButton(name: string): HTMLElement | null {
  const buttons = Array.from(document.querySelectorAll<HTMLElement>('taro-button-core'))
  return buttons.find((el) => (el.getAttribute('aria-label') ?? el.textContent?.trim()) === name) ?? null
}
export function button(name: string): HTMLElement {
  const found = queryButton(name)
  if (!found) throw new Error(`no button named ${name}`)
  return found
}

/** Presses the six digits on the in-app keypad. */
export function enterPassword(password: string) {
  for (const digit of password) fireEvent.click(button(digit))
}
