import type { TextSize } from '@/lib/textSize'

/**
 * A small bar chart for Canvas 2D, drawn the same way on a mini-program `<Canvas type="2d">` node and
 * on an H5 DOM canvas: `layoutBars` does the arithmetic (pure, unit-tested), `drawBars` paints it.
 */

export interface Size {
  width: number
  height: number
}

export interface BarDatum {
  label: string
  value: number
}

export interface BarLayout {
  plot: { left: number; top: number; right: number; bottom: number }
  bars: { x: number; y: number; width: number; height: number; datum: BarDatum }[]
  /** Horizontal grid lines from 0 up to the axis maximum. */
  ticks: { y: number; value: number }[]
  /** Labels under the bars, thinned out so they do not overlap. */
  labels: { x: number; text: string }[]
  max: number
}

/** The smallest 1, 2, 2.5 or 5 × 10ⁿ that is ≥ value (1 for nothing to show). */
export function niceCeiling(value: number): number {
  if (!(value > 0)) return 1
  const magnitude = Math.pow(10, Math.floor(Math.log10(value)))
  const step = [1, 2, 2.5, 5, 10].find((s) => s * magnitude >= value * (1 - 1e-12)) ?? 10
  return step * magnitude
}

/** Axis labels in 元 from fen: 0, 5,000, 2万, 12.5万. */
export function formatAxisYuan(fen: number): string {
  const yuan = fen / 100
  if (yuan >= 10000) return `${Number((yuan / 10000).toFixed(1))}万`
  return Math.round(yuan).toLocaleString('en-US')
}

export interface LayoutOptions {
  /** Room on the left for the axis labels. */
  axisWidth?: number
  /** Room under the plot for the bar labels. */
  labelHeight?: number
  ticks?: number
  /** The narrowest a bar label may be before labels are skipped. */
  minLabelWidth?: number
  /** The labels' font size (px): the top tick's label and the newest year's are kept inside the canvas. */
  fontSize?: number
}

/** About half a label's drawn width: digits are about 0.55 em wide. */
const halfLabel = (text: string, fontSize: number) => text.length * fontSize * 0.3

/** The axis and bar labels' size in normal mode and in 长辈版 (the 适老化 rules' smallest main text), in CSS px. */
export const CHART_FONT_PX = { normal: 12, large: 18 } as const

/**
 * The chart's text size (CSS px, the canvas being scaled to the screen's pixel ratio) and the room its labels
 * take, from the page's text size: canvas text is drawn in px, which no stylesheet scales, so large-text mode
 * and the resident's font setting (`text.scale`; on H5 the browser's, `fontScale`) are applied here.
 */
export function chartText(text: TextSize, fontScale = 1): { fontSize: number; layout: LayoutOptions } {
  const fontSize = Math.round(CHART_FONT_PX[text.large ? 'large' : 'normal'] * text.scale * fontScale * 10) / 10
  return { fontSize, layout: { axisWidth: fontSize * 4.5, labelHeight: fontSize + 10, minLabelWidth: fontSize * 3, fontSize } }
}

export function layoutBars(data: readonly BarDatum[], size: Size, options: LayoutOptions = {}): BarLayout {
  const { axisWidth = 56, labelHeight = 22, ticks = 4, minLabelWidth = 36, fontSize = 12 } = options
  const plot = {
    left: axisWidth,
    top: Math.max(8, fontSize / 2 + 2),
    right: Math.max(axisWidth + 1, size.width - 8),
    bottom: Math.max(9, size.height - labelHeight),
  }
  const max = niceCeiling(Math.max(0, ...data.map((d) => d.value)))
  const plotHeight = plot.bottom - plot.top
  const slot = data.length ? (plot.right - plot.left) / data.length : 0
  const barWidth = slot * 0.7
  const bars = data.map((datum, i) => {
    const height = (Math.max(0, datum.value) / max) * plotHeight
    return { x: plot.left + i * slot + (slot - barWidth) / 2, y: plot.bottom - height, width: barWidth, height, datum }
  })
  const every = slot > 0 ? Math.max(1, Math.ceil(minLabelWidth / slot)) : 1
  // Always label the newest bar; step back from it so the last label is never skipped. A label is centred under
  // its bar, but not past the canvas's right edge (the newest year's, in large text).
  const labels = bars
    .filter((_, i) => (data.length - 1 - i) % every === 0)
    .map((bar) => ({ x: Math.min(bar.x + bar.width / 2, size.width - halfLabel(bar.datum.label, fontSize)), text: bar.datum.label }))
  const tickList = Array.from({ length: ticks + 1 }, (_, i) => ({ value: (max * i) / ticks, y: plot.bottom - (plotHeight * i) / ticks }))
  return { plot, bars, ticks: tickList, labels, max }
}

/** The part of CanvasRenderingContext2D the chart uses; a mini-program Canvas 2D context has it too. */
export interface Canvas2D {
  fillStyle: string | CanvasGradient | CanvasPattern
  strokeStyle: string | CanvasGradient | CanvasPattern
  lineWidth: number
  font: string
  textAlign: CanvasTextAlign
  textBaseline: CanvasTextBaseline
  clearRect(x: number, y: number, w: number, h: number): void
  fillRect(x: number, y: number, w: number, h: number): void
  fillText(text: string, x: number, y: number): void
  beginPath(): void
  moveTo(x: number, y: number): void
  lineTo(x: number, y: number): void
  stroke(): void
}

export interface ChartStyle {
  bar: string
  grid: string
  text: string
  fontSize: number
  formatTick(value: number): string
}

export function drawBars(ctx: Canvas2D, size: Size, layout: BarLayout, style: ChartStyle): void {
  const { plot } = layout
  ctx.clearRect(0, 0, size.width, size.height)
  ctx.font = `${style.fontSize}px sans-serif`
  ctx.lineWidth = 1
  ctx.strokeStyle = style.grid
  ctx.fillStyle = style.text
  ctx.textAlign = 'right'
  ctx.textBaseline = 'middle'
  for (const tick of layout.ticks) {
    ctx.beginPath()
    ctx.moveTo(plot.left, tick.y)
    ctx.lineTo(plot.right, tick.y)
    ctx.stroke()
    ctx.fillText(style.formatTick(tick.value), plot.left - 4, tick.y)
  }
  ctx.fillStyle = style.bar
  for (const bar of layout.bars) ctx.fillRect(bar.x, bar.y, bar.width, bar.height)
  ctx.fillStyle = style.text
  ctx.textAlign = 'center'
  ctx.textBaseline = 'top'
  for (const label of layout.labels) ctx.fillText(label.text, label.x, plot.bottom + 4)
}
