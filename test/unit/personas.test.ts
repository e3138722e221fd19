/** The mock's personas agree with themselves: ID, city, age, employer and the records they carry. */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { checkField } from '@/lib/fields'
import { TERMINAL_TICKETS } from '@mock/handlers'
import { birthDateOf } from '@/lib/idNumber'
import { contributions, enrolment, benefits } from '@mock/data/records'
import { PERSONAS } from '@mock/data/personas'

const TODAY = new Date('2026-12-02T08:00:00+08:00')
/** The first four digits of a resident ID name the city that issued it. */
const CITY_PREFIX: Record<string, string[]> = { taian: ['3709'], kunming: ['5301'], hefei: ['3401'] }
const CITY_NAME: Record<string, string> = { taian: '泰安', kunming: '昆明', hefei: '合肥' }

test.each(PERSONAS.map((p) => [p.id, p] as const))('%s is consistent with itself', (_, persona) => {
  expect(checkField('idNumber', persona.idNumber, TODAY)).toBeNull()
  expect(CITY_PREFIX[persona.cityId]).toContain(persona.idNumber.slice(0, 4))
  const born = Number(birthDateOf(persona.idNumber, TODAY)?.slice(0, 4))
  const items = contributions(persona, TODAY)
  if (!items.length) return
  expect(persona.since - born).toBeGreaterThanOrEqual(16) // nobody contributes before working age
  const since = enrolment(persona).map((e) => (e.state === 'active' ? e.since : ''))[0] ?? ''
  expect(items.every((item) => `${item.month}-01` >= since)).toBe(true)
  expect(items.every((item) => item.payer.startsWith(CITY_NAME[persona.cityId]))).toBe(true)
  expect(enrolment(persona).every((e) => e.state !== 'active' || e.employerMasked?.startsWith(CITY_NAME[persona.cityId]))).toBe(true)
  const months = new Set(items.map((item) => item.month))
  for (const benefit of benefits(persona)) {
    // No unemployment benefit in a month the persona was contributing from employment.
    if (benefit.type === 'unemployment') expect(months.has(benefit.date.slice(0, 7))).toBe(false)
    // Maternity benefits go to women: an even 17th digit.
    if (benefit.type === 'maternity') expect(Number(persona.idNumber[16]) % 2).toBe(0)
    expect(benefit.date >= since).toBe(true)
  }
})

const README = readFileSync(path.resolve(__dirname, '../../README.md'), 'utf8')

test.each(PERSONAS.map((p) => [p.id, p] as const))("README's persona table lists %s", (id, persona) => {
  const row = README.split('\n').find((line) => line.startsWith(`| \`${id}\``))
  expect(row).toBeDefined()
  // Personas a tester types in by hand (bank-inactive's claim) carry their name and numbers in the row.
  if (persona.status === 'none') for (const fact of [persona.name, persona.idNumber, persona.phone, persona.bankCardNumber]) expect(row).toContain(fact)
  // The veteran's row agrees with the data: birth year from the ID, the city, the year contributions start.
  if (id === 'veteran') {
    expect(row).toContain(`born ${persona.idNumber.slice(6, 10)}`)
    expect(row).toContain(`employed in ${CITY_NAME[persona.cityId]}`)
    expect(row).toContain(String(persona.since))
  }
})

test('the one-use terminal codes say so, in README and in the tester panel', () => {
  for (const ticket of Object.keys(TERMINAL_TICKETS)) expect(README).toContain(ticket)
  expect(README).toMatch(/Each code can be decided \(confirmed or\s+declined\) \*\*once\*\*/)
  expect(readFileSync(path.resolve(__dirname, '../../mock/panel/TesterPanel.tsx'), 'utf8')).toContain('终端码每个只能用一次，重置数据后可再用。')
})
