/**
 * Opening hours in Asia/Shanghai time (UTC+8 all year, no daylight saving), whatever the device's time
 * zone. The clock is passed in, so tests can pin it.
 */
export interface HoursRule {
  /** 1 = Monday … 7 = Sunday */
  weekdays: number[]
  /** HH:mm, local time */
  open: string
  close: string
}

const SHANGHAI_OFFSET_MS = 8 * 3600_000
const WEEKDAY_NAMES = ['', '周一', '周二', '周三', '周四', '周五', '周六', '周日']

/** Weekday (1–7, Monday first) and minutes since midnight in Shanghai at the instant `nowMs`. */
export function shanghaiTime(nowMs: number): { weekday: number; minutes: number } {
  const local = new Date(nowMs + SHANGHAI_OFFSET_MS)
  return { weekday: local.getUTCDay() || 7, minutes: local.getUTCHours() * 60 + local.getUTCMinutes() }
}

const toMinutes = (hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number)
  return h * 60 + m
}

export interface OpenState {
  open: boolean
  /** 营业中 / 已休息 */
  label: string
  /** Today's hours, e.g. 今日 08:30–17:00, or 今日不营业 */
  today: string
}

export function openState(hours: readonly HoursRule[], nowMs: number): OpenState {
  const { weekday, minutes } = shanghaiTime(nowMs)
  const todays = hours.filter((rule) => rule.weekdays.includes(weekday))
  const open = todays.some((rule) => minutes >= toMinutes(rule.open) && minutes < toMinutes(rule.close))
  return {
    open,
    label: open ? '营业中' : '已休息',
    today: todays.length ? `今日 ${todays.map((rule) => `${rule.open}–${rule.close}`).join('、')}` : '今日不营业',
  }
}

/** [1,2,3,4,5] → 周一至周五; [1,3] → 周一、周三 */
export function formatWeekdays(weekdays: readonly number[]): string {
  const days = [...new Set(weekdays)].sort((a, b) => a - b)
  const runs: number[][] = []
  for (const day of days) {
    const run = runs[runs.length - 1]
    if (run && run[run.length - 1] === day - 1) run.push(day)
    else runs.push([day])
  }
  return runs
    .map((run) => (run.length >= 3 ? `${WEEKDAY_NAMES[run[0]]}至${WEEKDAY_NAMES[run[run.length - 1]]}` : run.map((d) => WEEKDAY_NAMES[d]).join('、')))
    .join('、')
}

/** One line per rule: 周一至周五 08:30–17:00 */
export function formatHours(hours: readonly HoursRule[]): string[] {
  return hours.map((rule) => `${formatWeekdays(rule.weekdays)} ${rule.open}–${rule.close}`)
}
