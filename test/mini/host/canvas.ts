/**
 * A double of the <canvas type="2d"> node the selector query hands out: its 2D context records every
 * drawing operation (with the fill style of the moment), and `rasterise` replays the fills into RGBA
 * pixels, so a test can decode a painted QR code back (jsqr) as a scanner would.
 */
export interface DrawOp {
  op: string
  args: unknown[]
  fillStyle: string
  /** The context's font when the operation ran (what fillText draws in). */
  font: string
}

export class CanvasNodeDouble {
  width: number
  height: number
  readonly ops: DrawOp[] = []
  private context?: Record<string, unknown>

  constructor(
    width: number,
    height: number,
    private readonly timers: { setTimeout(fn: unknown, ms?: unknown): number; clearTimeout(id: unknown): void },
    /** The host's temporary files, where the picture is kept once written (tempFile). */
    private readonly files?: Map<string, CanvasNodeDouble>,
  ) {
    this.width = width
    this.height = height
  }

  getContext(type: string): Record<string, unknown> | null {
    if (type !== '2d') return null
    if (this.context) return this.context
    const ops = this.ops
    const state: Record<string, unknown> = { fillStyle: '#000000', strokeStyle: '#000000', lineWidth: 1, font: '10px sans-serif', globalAlpha: 1 }
    const record =
      (op: string) =>
      (...args: unknown[]) => {
        ops.push({ op, args, fillStyle: String(state.fillStyle), font: String(state.font) })
      }
    const methods = [
      'fillRect',
      'clearRect',
      'strokeRect',
      'fillText',
      'strokeText',
      'beginPath',
      'closePath',
      'moveTo',
      'lineTo',
      'rect',
      'arc',
      'arcTo',
      'fill',
      'stroke',
      'save',
      'restore',
      'scale',
      'translate',
      'rotate',
      'setTransform',
      'resetTransform',
      'drawImage',
      'putImageData',
      'clip',
      'quadraticCurveTo',
      'bezierCurveTo',
      'setLineDash',
    ]
    const context: Record<string, unknown> = { canvas: this }
    for (const method of methods) context[method] = record(method)
    context.measureText = (text: string) => ({ width: String(text).length * 10 })
    this.context = new Proxy(context, {
      get: (target, key) => (typeof key === 'string' && key in state ? state[key] : target[key as string]),
      set: (target, key, value) => {
        if (typeof key === 'string' && key in state) state[key] = value
        else target[key as string] = value
        return true
      },
    })
    return this.context
  }

  createImage(): Record<string, unknown> {
    return { width: 0, height: 0, src: '', onload: null, onerror: null }
  }

  requestAnimationFrame(callback: () => void): number {
    return this.timers.setTimeout(callback, 16)
  }

  cancelAnimationFrame(id: number): void {
    this.timers.clearTimeout(id)
  }

  /** Operations since the last `clearOps()` other than fills the rasteriser replays. */
  /** The texts drawn with fillText, in order. */
  texts(): string[] {
    return this.ops.filter((o) => o.op === 'fillText').map((o) => String(o.args[0]))
  }

  /** Alipay's Canvas node writes its picture to a temporary file (WeChat has wx.canvasToTempFilePath instead). */
  toTempFilePath(options: { success?(result: { tempFilePath: string }): void }): void {
    this.timers.setTimeout(() => options.success?.({ tempFilePath: this.tempFile() }), 0)
  }

  /** The picture as a temporary file, named after this canvas (the host's `tempFiles` keeps which canvas it was). */
  tempFile(): string {
    this.savedAs ??= `tmp-canvas-${Math.random().toString(36).slice(2, 10)}.png`
    this.files?.set(this.savedAs, this)
    return this.savedAs
  }

  private savedAs?: string

  unsupportedOps(): string[] {
    return [...new Set(this.ops.map((o) => o.op).filter((op) => op !== 'fillRect' && op !== 'clearRect'))]
  }

  /** The canvas's pixels (RGBA, width × height) after replaying fillRect/clearRect in order. */
  rasterise(): { data: Uint8ClampedArray; width: number; height: number } {
    const { width, height } = this
    const data = new Uint8ClampedArray(width * height * 4)
    for (const { op, args, fillStyle } of this.ops) {
      if (op !== 'fillRect' && op !== 'clearRect') continue
      const [x, y, w, h] = args.map(Number)
      const [r, g, b, a] = op === 'clearRect' ? [0, 0, 0, 0] : parseColour(fillStyle)
      for (let row = Math.max(0, Math.floor(y)); row < Math.min(height, Math.ceil(y + h)); row++) {
        for (let col = Math.max(0, Math.floor(x)); col < Math.min(width, Math.ceil(x + w)); col++) {
          const at = (row * width + col) * 4
          data[at] = r
          data[at + 1] = g
          data[at + 2] = b
          data[at + 3] = a
        }
      }
    }
    return { data, width, height }
  }
}

const NAMED: Record<string, [number, number, number, number]> = { black: [0, 0, 0, 255], white: [255, 255, 255, 255], transparent: [0, 0, 0, 0] }

export function parseColour(colour: string): [number, number, number, number] {
  const text = colour.trim().toLowerCase()
  if (NAMED[text]) return NAMED[text]
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/.exec(text)?.[1]
  if (hex) {
    const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex
    return [parseInt(full.slice(0, 2), 16), parseInt(full.slice(2, 4), 16), parseInt(full.slice(4, 6), 16), 255]
  }
  const rgb = /^rgba?\(([^)]+)\)$/.exec(text)?.[1]
  if (rgb) {
    const [r, g, b, a = '1'] = rgb.split(',').map((p) => p.trim())
    return [Number(r), Number(g), Number(b), Math.round(Number(a) * 255)]
  }
  throw new Error(`the canvas double cannot paint the colour ${colour}`)
}
