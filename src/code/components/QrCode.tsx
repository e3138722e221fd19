/**
 * The code's QR symbol in the mini-programs: painted on <Canvas type="2d"> (QrCode.h5.tsx is H5's). The
 * payload is never put in text, labels or logs.
 */
import { Canvas, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect, useMemo } from 'react'
import { pixelRatio } from '@/platform'
import { modulePixels, paintQr, QR_LABEL, qrMatrix, sideOf } from '../qrMatrix'
import './QrCode.css'

export function QrCode({ payload, sidePx = 240, canvasId = 'code-qr' }: { payload: string; sidePx?: number; canvasId?: string }) {
  const matrix = useMemo(() => qrMatrix(payload), [payload])

  useEffect(() => {
    let live = true
    Taro.createSelectorQuery()
      .select(`#${canvasId}`)
      .fields({ node: true, size: true })
      .exec((results: Array<{ node?: Taro.Canvas; width?: number } | null>) => {
        const node = results[0]?.node
        if (!live || !node) return
        const context = node.getContext('2d') as CanvasRenderingContext2D
        const scale = modulePixels(matrix, (results[0]?.width ?? sidePx) * pixelRatio())
        node.width = node.height = sideOf(matrix, scale)
        paintQr(context, matrix, scale)
      })
    return () => {
      live = false
    }
  }, [matrix, sidePx, canvasId])

  return (
    <View role="img" ariaLabel={QR_LABEL}>
      <Canvas type="2d" id={canvasId} className="qr-code" style={{ width: `${sidePx}px`, height: `${sidePx}px` }} />
    </View>
  )
}
