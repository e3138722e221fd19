/** The QR a page shows, read as a scanner would: the image's PNG decoded in Node (its text is never printed). */
import jsQR from 'jsqr'
import { PNG } from 'pngjs'
import type { Page } from '@playwright/test'
import { expect } from './fixtures'

export const QR_LABEL = '电子社保卡二维码，请出示给扫码设备'

/** The QR image's source (a PNG data URL), or '' when no code is shown. */
export const qrSource = (page: Page): Promise<string> =>
  page.evaluate((label) => {
    const host = document.querySelector(`[aria-label="${label}"]`)
    return host?.querySelector('img')?.getAttribute('src') ?? host?.getAttribute('src') ?? ''
  }, QR_LABEL)

/** Decodes the QR image on the page in Node. */
export async function shownPayload(page: Page): Promise<string> {
  const src = await qrSource(page)
  expect(src).toMatch(/^data:image\/png;base64,/)
  const png = PNG.sync.read(Buffer.from(src.slice('data:image/png;base64,'.length), 'base64'))
  const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height)
  expect(decoded, 'the QR on screen decodes').toBeTruthy()
  return decoded!.data
}
