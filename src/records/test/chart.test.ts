import fc from 'fast-check'
import { chartText, drawBars, formatAxisYuan, layoutBars, niceCeiling, type Canvas2D } from '@/records/chart/barChart'

test('niceCeiling rounds up to 1, 2, 2.5 or 5 × 10ⁿ', () => {
  expect([0, -5, 1, 7, 12, 20, 21, 240, 251, 4999, 123456].map(niceCeiling)).toEqual([1, 1, 1, 10, 20, 20, 25, 250, 500, 5000, 200000])
})

test('niceCeiling is never below the value nor more than 2.5× it', () => {
  fc.assert(
    fc.property(fc.double({ min: 1e-3, max: 1e12, noNaN: true }), (value) => {
      const nice = niceCeiling(value)
      return nice >= value * (1 - 1e-9) && nice <= value * 2.5 * (1 + 1e-9)
    }),
  )
})

const size = { width: 320, height: 220 }
const years = Array.from({ length: 24 }, (_, i) => ({ label: String(2003 + i), value: (i + 1) * 1_000_000 }))

/** A canvas context whose every drawing call goes to `onCall(name, args, ctx)`. */
function canvasStub(onCall: (name: string, args: unknown[], ctx: Canvas2D) => void): Canvas2D {
  const call =
    (name: string) =>
    (...args: unknown[]) =>
      onCall(name, args, ctx)
  const ctx: Canvas2D = {
    fillStyle: '',
    strokeStyle: '',
    lineWidth: 0,
    font: '',
    textAlign: 'left',
    textBaseline: 'alphabetic',
    clearRect: call('clearRect'),
    fillRect: call('fillRect'),
    fillText: call('fillText'),
    beginPath: call('beginPath'),
    moveTo: call('moveTo'),
    lineTo: call('lineTo'),
    stroke: call('stroke'),
  }
  return ctx
}

test('bars stand on the plot bottom, the tallest reaching no higher than the top, in order', () => {
  const layout = layoutBars(years, size)
  expect(layout.max).toBe(25_000_000)
  for (const bar of layout.bars) {
    expect(bar.y + bar.height).toBeCloseTo(layout.plot.bottom)
    expect(bar.y).toBeGreaterThanOrEqual(layout.plot.top)
    expect(bar.x).toBeGreaterThanOrEqual(layout.plot.left)
    expect(bar.x + bar.width).toBeLessThanOrEqual(layout.plot.right + 1e-9)
  }
  const heights = layout.bars.map((b) => b.height)
  expect([...heights].sort((a, b) => a - b)).toEqual(heights)
  expect(heights[23] / heights[0]).toBeCloseTo(24)
})

test('ticks go evenly from 0 at the bottom to the axis maximum at the top', () => {
  const { ticks, plot, max } = layoutBars(years, size, { ticks: 5 })
  expect(ticks.map((t) => t.value)).toEqual([0, 1, 2, 3, 4, 5].map((i) => (max * i) / 5))
  expect(ticks[0].y).toBe(plot.bottom)
  expect(ticks[5].y).toBe(plot.top)
})

test('labels are thinned so they do not overlap, and the newest year is always labelled', () => {
  const { labels, bars } = layoutBars(years, size, { minLabelWidth: 36 })
  expect(labels.length).toBeLessThan(years.length)
  expect(labels[labels.length - 1].text).toBe('2026')
  const slot = bars[1].x - bars[0].x
  for (let i = 1; i < labels.length; i++) expect(labels[i].x - labels[i - 1].x).toBeGreaterThanOrEqual(Math.min(36, slot * years.length))
  // Few bars: every one labelled.
  expect(layoutBars(years.slice(0, 3), size).labels.map((l) => l.text)).toEqual(['2003', '2004', '2005'])
})

test('no data or only zeros: no bars, a unit axis, nothing divides by zero', () => {
  expect(layoutBars([], size)).toMatchObject({ bars: [], labels: [], max: 1 })
  const zeros = layoutBars([{ label: '2024', value: 0 }], size)
  expect(zeros.bars[0].height).toBe(0)
  expect(Number.isFinite(zeros.bars[0].y)).toBe(true)
})

test('axis labels in 元 from fen', () => {
  expect([0, 500_000, 2_000_000, 12_500_000, 123_456_789].map(formatAxisYuan)).toEqual(['0', '5,000', '2万', '12.5万', '123.5万'])
})

test('drawBars paints the grid with labels, one rectangle per bar, then the bar labels', () => {
  const calls: string[] = []
  const ctx = canvasStub((name, args) => void calls.push(`${name}(${args.join(',')})`))
  const data = years.slice(0, 3)
  const layout = layoutBars(data, size, { ticks: 2 })
  drawBars(ctx, size, layout, { bar: '#06ae56', grid: '#eee', text: '#595959', fontSize: 12, formatTick: formatAxisYuan })
  expect(calls[0]).toBe('clearRect(0,0,320,220)')
  expect(calls.filter((c) => c.startsWith('stroke('))).toHaveLength(3)
  expect(calls.filter((c) => c.startsWith('fillRect('))).toHaveLength(3)
  const texts = calls.filter((c) => c.startsWith('fillText(')).map((c) => c.slice(9).split(',')[0])
  expect(texts).toEqual(['0', '2.5万', '5万', '2003', '2004', '2005'])
  expect(ctx.font).toBe('12px sans-serif')
})

test("the chart draws its labels at ≥ 18 px in 长辈版, and follows the resident's font setting", () => {
  expect(chartText({ large: false, scale: 1 }).fontSize).toBe(12)
  expect(chartText({ large: true, scale: 1 }).fontSize).toBe(18)
  // WeChat's 关怀模式 (1.4×) in 长辈版 scales by 1.4 / 1.3; a browser set to 24 px by 1.5.
  expect(chartText({ large: true, scale: 1.08 }).fontSize).toBe(19.4)
  expect(chartText({ large: true, scale: 1 }, 1.5).fontSize).toBe(27)
  expect(chartText({ large: false, scale: 1 }, 1.5).fontSize).toBe(18)

  // What drawBars paints each label in, with the chart's large-text size.
  const fonts: string[] = []
  const ctx = canvasStub((name, _args, canvas) => {
    if (name === 'fillText') fonts.push(canvas.font)
  })
  const { fontSize, layout: room } = chartText({ large: true, scale: 1 })
  const layout = layoutBars(years, size, room)
  drawBars(ctx, size, layout, { bar: '#06ae56', grid: '#eee', text: '#595959', fontSize, formatTick: formatAxisYuan })
  expect(fonts).toHaveLength(layout.ticks.length + layout.labels.length)
  for (const font of fonts) expect(Number(/^([\d.]+)px /.exec(font)?.[1])).toBeGreaterThanOrEqual(18)
  // The room for the labels grows with them: the axis holds "2,500万" and the bar labels stay apart.
  expect(room.axisWidth).toBeGreaterThanOrEqual(fontSize * 4)
  expect(room.labelHeight).toBeGreaterThan(fontSize)
  for (let i = 1; i < layout.labels.length; i++) expect(layout.labels[i].x - layout.labels[i - 1].x).toBeGreaterThanOrEqual(fontSize * 2.5)
  // Inside the canvas: the top tick's label (drawn on its middle) and the newest year's (about 0.55 em a digit).
  expect(layout.ticks[layout.ticks.length - 1].y - fontSize / 2).toBeGreaterThanOrEqual(0)
  const last = layout.labels[layout.labels.length - 1]
  expect(last.x + (last.text.length * fontSize * 0.55) / 2).toBeLessThanOrEqual(size.width)
})
