import { formatHours, formatWeekdays, openState, shanghaiTime } from '@/lib/hours'

const office = [
  { weekdays: [1, 2, 3, 4, 5], open: '08:30', close: '17:00' },
  { weekdays: [6], open: '09:00', close: '12:00' },
]
/** An instant given as Shanghai wall-clock time. */
const shanghai = (isoLocal: string) => Date.parse(`${isoLocal}+08:00`)

test('Shanghai weekday and minutes, whatever the machine time zone', () => {
  // 2026-11-22T23:30Z is Monday 07:30 in Shanghai.
  expect(shanghaiTime(Date.parse('2026-11-22T23:30:00Z'))).toEqual({ weekday: 1, minutes: 7 * 60 + 30 })
  expect(shanghaiTime(shanghai('2026-11-22T12:00:00'))).toEqual({ weekday: 7, minutes: 720 })
})

test.each([
  ['2026-11-23T08:29:00', false, '今日 08:30–17:00'],
  ['2026-11-23T08:30:00', true, '今日 08:30–17:00'],
  ['2026-11-27T16:59:00', true, '今日 08:30–17:00'],
  ['2026-11-27T17:00:00', false, '今日 08:30–17:00'],
  ['2026-11-28T11:00:00', true, '今日 09:00–12:00'],
  ['2026-11-28T13:00:00', false, '今日 09:00–12:00'],
  ['2026-11-29T10:00:00', false, '今日不营业'],
])('at %s open=%s', (local, open, today) => {
  const state = openState(office, shanghai(local))
  expect(state).toEqual({ open, label: open ? '营业中' : '已休息', today })
})

test('weekday runs and hours lines', () => {
  expect(formatWeekdays([1, 2, 3, 4, 5])).toBe('周一至周五')
  expect(formatWeekdays([6, 7])).toBe('周六、周日')
  expect(formatWeekdays([3, 1, 2, 5])).toBe('周一至周三、周五')
  expect(formatHours(office)).toEqual(['周一至周五 08:30–17:00', '周六 09:00–12:00'])
})
