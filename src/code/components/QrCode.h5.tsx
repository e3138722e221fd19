/**
 * The code's QR symbol on H5: painted on an off-screen canvas once and shown as the PNG data URL in an
 * image (sharp at any zoom, readable by tests). QrCode.tsx is the mini-programs'. The payload is never put
 * in text, labels or logs.
 */
import { Image } from '@tarojs/components'
import { useMemo } from 'react'
import { pixelRatio } from '@/platform'
import { modulePixels, paintQr, QR_LABEL, qrMatrix, sideOf, type QrMatrix } from '../qrMatrix'
import './QrCode.css'

function dataUrlOf(matrix: QrMatrix, sidePx: number): string {
  const canvas = document.createElement('canvas')
  const scale = modulePixels(matrix, sidePx * pixelRatio())
  canvas.width = canvas.height = sideOf(matrix, scale)
  const context = canvas.getContext('2d')
  if (!context) return ''
  paintQr(context, matrix, scale)
  return canvas.toDataURL('image/png')
}

export function QrCode({ payload, sidePx = 240 }: { payload: string; sidePx?: number }) {
  const src = useMemo(() => dataUrlOf(qrMatrix(payload), sidePx), [payload, sidePx])
  return <Image className="qr-code" src={src} style={{ width: `${sidePx}px`, height: `${sidePx}px` }} ariaLabel={QR_LABEL} />
}
