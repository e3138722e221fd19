/**
 * The code's QR symbol. Mini-programs paint it on <Canvas type="2d">; H5 paints it on an off-screen
 * canvas once and shows the PNG data URL in an image (sharp at any zoom, readable by tests). The payload
 * is never put in text, labels or logs.
 */
import { Canvas, Image, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect, useMemo } from 'react'
import { modulePixels, paintQr, qrMatrix, sideOf, type QrMatrix } from '../qrMatrix'
import './QrCode.css'

const LABEL = '电子社保卡二维码，请出示给扫码设备'

/** Mini-programs only. (Each branch on TARO_ENV is a constant for the build: H5 drops this and the Taro APIs it uses.) */
function miniPixelRatio(): number {
  try {
    return Taro.getWindowInfo().pixelRatio || 2
  } catch {
    return 2
  }
}

/** H5: the matrix painted on a detached canvas, as a PNG data URL. */
function dataUrlOf(matrix: QrMatrix, sidePx: number): string {
  const canvas = document.createElement('canvas')
  const scale = modulePixels(matrix, sidePx * (window.devicePixelRatio || 1))
  canvas.width = canvas.height = sideOf(matrix, scale)
  const context = canvas.getContext('2d')
  if (!context) return ''
  paintQr(context, matrix, scale)
  return canvas.toDataURL('image/png')
}

export function QrCode({ payload, sidePx = 240, canvasId = 'code-qr' }: { payload: string; sidePx?: number; canvasId?: string }) {
  const matrix = useMemo(() => qrMatrix(payload), [payload])

  return process.env.TARO_ENV === 'h5' ? <H5Qr matrix={matrix} sidePx={sidePx} /> : <MiniQr matrix={matrix} sidePx={sidePx} canvasId={canvasId} />
}

function H5Qr({ matrix, sidePx }: { matrix: QrMatrix; sidePx: number }) {
  const src = useMemo(() => dataUrlOf(matrix, sidePx), [matrix, sidePx])
  return <Image className="qr-code" src={src} style={{ width: `${sidePx}px`, height: `${sidePx}px` }} ariaLabel={LABEL} />
}

function MiniQr({ matrix, sidePx, canvasId }: { matrix: QrMatrix; sidePx: number; canvasId: string }) {
  useEffect(() => {
    let live = true
    Taro.createSelectorQuery()
      .select(`#${canvasId}`)
      .fields({ node: true, size: true })
      .exec((results: Array<{ node?: Taro.Canvas; width?: number } | null>) => {
        const node = results[0]?.node
        if (!live || !node) return
        const context = node.getContext('2d') as CanvasRenderingContext2D
        const scale = modulePixels(matrix, (results[0]?.width ?? sidePx) * miniPixelRatio())
        node.width = node.height = sideOf(matrix, scale)
        paintQr(context, matrix, scale)
      })
    return () => {
      live = false
    }
  }, [matrix, sidePx, canvasId])

  return (
    <View role="img" ariaLabel={LABEL}>
      <Canvas type="2d" id={canvasId} className="qr-code" style={{ width: `${sidePx}px`, height: `${sidePx}px` }} />
    </View>
  )
}
