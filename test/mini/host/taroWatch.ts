/**
 * Taro defines `Taro.x` only for the keys the host's wx / my has. A promise-style API the platform lacks
 * is then simply undefined on Taro: calling it throws a TypeError that app code may swallow (the feature
 * quietly does nothing on that phone). To see such calls, the host watches the chunks the output pushes
 * on `wx.webpackJsonp`, finds Taro's API object when its module runs, and puts a trap on it for every
 * platform API name (of WeChat or Alipay) that Taro did not define: reading one is recorded.
 * Nothing else changes: the app's modules run as they are.
 */
type Factory = (this: unknown, module: { exports: unknown }, exports: unknown, require: unknown) => unknown
type Chunk = [unknown, Record<string, Factory>, ...unknown[]]

const isTaroApi = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as Record<string, unknown>).getCurrentInstance === 'function' &&
  typeof (value as Record<string, unknown>).Link === 'function' &&
  'interceptors' in value

/** Traps reads of `names` that `taro` lacks; a later assignment (Taro's own processApis) replaces the trap. */
function trap(taro: Record<string, unknown>, names: readonly string[], onMissing: (name: string) => void): void {
  for (const name of names) {
    if (Object.prototype.hasOwnProperty.call(taro, name)) continue
    Object.defineProperty(taro, name, {
      configurable: true,
      enumerable: false,
      get() {
        onMissing(name)
        return undefined
      },
      set(value: unknown) {
        Object.defineProperty(taro, name, { value, writable: true, configurable: true, enumerable: true })
      },
    })
  }
}

const watched = new WeakSet<object>()

/**
 * Wraps a webpackJsonp array so each chunk's module factories are watched before webpack runs them. Every
 * chunk file assigns `wx.webpackJsonp = wx.webpackJsonp || []`: the array already watched is kept as is.
 */
export function watchChunks(array: unknown[], apiNames: readonly string[], onMissing: (name: string) => void): unknown[] {
  if (watched.has(array)) return array
  const wrapped = new WeakSet<object>()
  const found = new WeakSet<object>()
  const instrument = (chunk: Chunk) => {
    const modules = chunk?.[1]
    if (!modules || typeof modules !== 'object' || wrapped.has(modules)) return
    wrapped.add(modules)
    for (const [id, factory] of Object.entries(modules)) {
      modules[id] = function (this: unknown, module, exports, require) {
        const result = factory.call(this, module, exports, require)
        const candidates = module.exports && typeof module.exports === 'object' ? [module.exports, ...Object.values(module.exports)] : []
        for (const candidate of candidates) {
          if (isTaroApi(candidate) && !found.has(candidate)) {
            found.add(candidate)
            trap(candidate, apiNames, onMissing)
          }
        }
        return result
      }
    }
  }
  let push = array.push.bind(array)
  for (const chunk of array) instrument(chunk as Chunk)
  const proxy = new Proxy(array, {
    get(target, key, receiver) {
      if (key === 'push') {
        // The push of this moment: webpack's runtime reads the array's own push once, to call it after its own.
        const next = push
        return (...chunks: unknown[]) => {
          for (const chunk of chunks) instrument(chunk as Chunk)
          return next(...chunks)
        }
      }
      return Reflect.get(target, key, receiver)
    },
    set(target, key, value, receiver) {
      // webpack's runtime takes over push; chunks still pass through the watcher first.
      if (key === 'push' && typeof value === 'function') {
        push = value as typeof push
        return true
      }
      return Reflect.set(target, key, value, receiver)
    },
  })
  watched.add(proxy)
  return proxy
}
