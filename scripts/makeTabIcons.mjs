/**
 * Draws the tab bar's icons (81×81 PNG, grey and selected green) into src/assets/tab/:
 * `node scripts/makeTabIcons.mjs`. Simple shapes, so they stay tiny and need no design files.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { PNG } from 'pngjs'

const SIZE = 81
const COLOURS = { normal: [0x59, 0x59, 0x59], active: [0x05, 0x75, 0x3a] }

/** Each shape: is the pixel (x, y) in 0..1 coordinates inked? */
const SHAPES = {
  home: (x, y) => {
    const roof = y >= 0.12 && y <= 0.5 && Math.abs(x - 0.5) <= (y - 0.12) * 1.15 && Math.abs(x - 0.5) >= (y - 0.12) * 1.15 - 0.12
    const walls = y >= 0.45 && y <= 0.88 && x >= 0.22 && x <= 0.78 && !(x > 0.29 && x < 0.71 && y < 0.81)
    const door = y >= 0.62 && y <= 0.88 && x >= 0.43 && x <= 0.57
    return roof || walls || door
  },
  card: (x, y) => {
    const inside = x >= 0.1 && x <= 0.9 && y >= 0.22 && y <= 0.78
    const hollow = x > 0.17 && x < 0.83 && y > 0.29 && y < 0.71
    const stripe = y >= 0.38 && y <= 0.46 && x >= 0.1 && x <= 0.9
    const chip = x >= 0.24 && x <= 0.4 && y >= 0.54 && y <= 0.64
    return (inside && !hollow) || stripe || chip
  },
  me: (x, y) => {
    const head = (x - 0.5) ** 2 + (y - 0.33) ** 2 <= 0.16 ** 2
    const body = y >= 0.58 && y <= 0.88 && ((x - 0.5) / 0.33) ** 2 + ((y - 0.88) / 0.3) ** 2 <= 1
    return head || body
  },
}

const out = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'src', 'assets', 'tab')
mkdirSync(out, { recursive: true })
for (const [name, inked] of Object.entries(SHAPES)) {
  for (const [state, [r, g, b]] of Object.entries(COLOURS)) {
    const png = new PNG({ width: SIZE, height: SIZE })
    for (let py = 0; py < SIZE; py++) {
      for (let px = 0; px < SIZE; px++) {
        // 2×2 supersampling for smooth edges
        let hits = 0
        for (const dy of [0.25, 0.75]) for (const dx of [0.25, 0.75]) hits += inked((px + dx) / SIZE, (py + dy) / SIZE) ? 1 : 0
        const i = (py * SIZE + px) * 4
        png.data[i] = r
        png.data[i + 1] = g
        png.data[i + 2] = b
        png.data[i + 3] = Math.round((hits / 4) * 255)
      }
    }
    writeFileSync(path.join(out, `${name}${state === 'active' ? 'Active' : ''}.png`), PNG.sync.write(png, { deflateLevel: 9 }))
  }
}
console.log(`wrote ${Object.keys(SHAPES).length * 2} icons to ${out}`)
