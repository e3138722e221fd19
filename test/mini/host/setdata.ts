/**
 * setData as the native layer applies it: keys are data paths in the platform's syntax
 * (`root.cn.[0].cn.[2].v`, `list[1].name`), values cross the bridge as JSON (functions and undefined
 * are dropped), and arrays and objects are created on the way as needed.
 */
export type PathKey = string | number

export function parsePath(path: string): PathKey[] {
  const keys: PathKey[] = []
  for (const [, name, index] of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) keys.push(index !== undefined ? Number(index) : name)
  return keys
}

/** Applies one setData payload to `data`; returns the keys that were ignored (undefined values). */
export function applySetData(data: Record<string, unknown>, payload: Record<string, unknown>): string[] {
  const ignored: string[] = []
  for (const [path, value] of Object.entries(payload)) {
    if (value === undefined) {
      ignored.push(path)
      continue
    }
    const keys = parsePath(path)
    let target: Record<PathKey, unknown> = data
    for (let i = 0; i < keys.length - 1; i++) {
      const key = keys[i]
      const next = target[key]
      if (next === null || typeof next !== 'object') target[key] = typeof keys[i + 1] === 'number' ? [] : {}
      target = target[key] as Record<PathKey, unknown>
    }
    target[keys[keys.length - 1]] = JSON.parse(JSON.stringify(value)) as unknown
  }
  return ignored
}

/** Bytes of a payload as it crosses to the render layer (UTF-8 JSON). */
export function payloadBytes(payload: Record<string, unknown>): number {
  return Buffer.byteLength(JSON.stringify(payload), 'utf8')
}
