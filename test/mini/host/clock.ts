/**
 * Fake timers for the engine: setTimeout/setInterval and Date of the mini-program's context run on a
 * virtual clock that only moves when the host moves it, so a test passes a code's 60 s expiry or a poll
 * without waiting. Callbacks run one at a time in due order; an exception in one is reported, as the
 * engine reports an uncaught error, and the others still run.
 */
interface Timer {
  id: number
  at: number
  callback: (...args: unknown[]) => void
  args: unknown[]
  interval?: number
}

export class VirtualClock {
  private current: number
  private timers = new Map<number, Timer>()
  private nextId = 1

  constructor(
    start: number,
    private readonly onError: (error: unknown) => void,
  ) {
    this.current = start
  }

  now = (): number => this.current

  setTimeout = (callback: unknown, delay?: unknown, ...args: unknown[]): number => this.add(callback, delay, args, false)
  setInterval = (callback: unknown, delay?: unknown, ...args: unknown[]): number => this.add(callback, delay, args, true)
  clearTimeout = (id: unknown): void => {
    if (typeof id === 'number') this.timers.delete(id)
  }
  clearInterval = this.clearTimeout

  private add(callback: unknown, delay: unknown, args: unknown[], repeat: boolean): number {
    if (typeof callback !== 'function') throw new TypeError('the engine takes a function, not a string, as a timer callback')
    const ms = Math.max(0, Number(delay) || 0)
    const id = this.nextId++
    this.timers.set(id, { id, at: this.current + ms, callback: callback as Timer['callback'], args, interval: repeat ? Math.max(1, ms) : undefined })
    return id
  }

  /** When the next timer is due, or undefined when none is pending. */
  nextDue(): number | undefined {
    let first: number | undefined
    for (const timer of this.timers.values()) if (first === undefined || timer.at < first) first = timer.at
    return first
  }

  pending(): number {
    return this.timers.size
  }

  /** Timers run at the current instant: an app whose timers keep firing without time passing loops. */
  private runsAtInstant = 0

  /**
   * Moves the clock to `time` (never back) and runs the first timer due by then, if any; true when one
   * ran. Throws when more than 1000 timers have run without time passing (the app would never rest).
   */
  runNext(time: number): boolean {
    let due: Timer | undefined
    for (const timer of this.timers.values()) if (timer.at <= time && (!due || timer.at < due.at || (timer.at === due.at && timer.id < due.id))) due = timer
    if (!due) {
      this.current = Math.max(this.current, time)
      return false
    }
    this.runsAtInstant = due.at > this.current ? 0 : this.runsAtInstant + 1
    if (this.runsAtInstant > 1_000) throw new Error('the app never comes to rest: more than 1000 timers fire without time passing')
    this.current = Math.max(this.current, due.at)
    if (due.interval === undefined) this.timers.delete(due.id)
    else due.at += due.interval
    try {
      due.callback(...due.args)
    } catch (error) {
      this.onError(error)
    }
    return true
  }
}

/**
 * A Date for the context whose "now" is the clock's: `new Date()`, `Date()` and `Date.now()`; every other
 * use is the engine's own Date (the instances are real Dates of the context).
 */
export const FAKE_DATE_SOURCE = `(function (RealDate, now) {
  function Date() {
    if (!new.target) return new RealDate(now()).toString()
    return arguments.length === 0 ? new RealDate(now()) : Reflect.construct(RealDate, arguments)
  }
  Date.prototype = RealDate.prototype
  Object.defineProperty(RealDate.prototype, 'constructor', { value: Date, writable: true, configurable: true })
  Date.now = function () { return now() }
  Date.UTC = RealDate.UTC
  Date.parse = RealDate.parse
  return Date
})`
