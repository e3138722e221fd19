import { Canvas, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { browserFontScale, pixelRatio } from '@/platform'
import { useTextSize } from '@/stores/preferences'
import { chartText, drawBars, layoutBars, type BarDatum, type Canvas2D, type Size } from './barChart'

/** A Canvas 2D node: the mini-programs' Canvas object, or the <canvas> inside Taro's H5 Canvas. */
interface CanvasNode {
  width: number
  height: number
  getContext(type: '2d'): (Canvas2D & { scale(x: number, y: number): void }) | null
}

let instances = 0

/**
 * A bar chart on `<Canvas type="2d">`, the same on WeChat, Alipay and H5: the canvas node and its size
 * come from a selector query (on H5 Taro answers with the DOM canvas), drawn at the screen's pixel
 * ratio. Screen readers get `label` (a summary); the page gives the numbers as a table too.
 */
export function BarChartCanvas({ data, formatTick, label }: { data: readonly BarDatum[]; formatTick(value: number): string; label: string }) {
  const [id] = useState(() => `bar-chart-${++instances}`)
  const { large, scale } = useTextSize()

  useEffect(() => {
    let live = true
    let timer: ReturnType<typeof setTimeout> | undefined
    let tries = 0
    const paint = (canvas: CanvasNode, size: Size) => {
      const ratio = pixelRatio()
      canvas.width = Math.round(size.width * ratio)
      canvas.height = Math.round(size.height * ratio)
      const ctx = canvas.getContext('2d')
      if (!ctx) return
      ctx.scale(ratio, ratio)
      const { fontSize, layout: room } = chartText({ large, scale }, browserFontScale())
      const layout = layoutBars(data, size, room)
      drawBars(ctx, size, layout, { bar: '#06ae56', grid: '#e0e0e0', text: '#595959', fontSize, formatTick })
    }
    // The node exists only once the page has rendered it (H5 renders Taro's components a little later).
    const attempt = () => {
      let node: CanvasNode | null = null
      Taro.createSelectorQuery()
        .select(`#${id}`)
        .node((result) => (node = (result?.node as CanvasNode | undefined) ?? null))
        .select(`#${id}`)
        .boundingClientRect()
        .exec((results: unknown[]) => {
          if (!live) return
          const rect = results?.[1] as Size | null | undefined
          if (node && rect && rect.width > 0 && rect.height > 0) paint(node, { width: rect.width, height: rect.height })
          else if (++tries < 20) timer = setTimeout(attempt, 50)
        })
    }
    attempt()
    return () => {
      live = false
      clearTimeout(timer)
    }
  }, [id, data, formatTick, large, scale])

  return (
    <View className="bar-chart" role="img" ariaLabel={label}>
      <Canvas type="2d" id={id} canvasId={id} className="bar-chart__canvas" />
    </View>
  )
}
