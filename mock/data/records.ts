import type { InsuranceType } from '@/records/api'
import type { ResponseOf } from '@/gateway/contract'
import type { Persona } from './personas'

type Contribution = ResponseOf<'contributions'>['items'][number]
type Transaction = ResponseOf<'medicalTransactions'>['items'][number]
type Enrolment = ResponseOf<'enrolment'>[number]
type Benefit = ResponseOf<'benefits'>[number]
type Pension = ResponseOf<'pension'>

/** Deterministic pseudo-random numbers (mulberry32) so every run shows the same records. */
function random(seed: number) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function seedOf(text: string): number {
  let hash = 2166136261
  for (const ch of text) hash = Math.imul(hash ^ ch.charCodeAt(0), 16777619)
  return hash >>> 0
}

/** Personal and employer rates, in thousandths of the base. */
const RATES: Record<InsuranceType, [number, number]> = {
  pension: [80, 160],
  medical: [20, 80],
  unemployment: [5, 5],
  injury: [0, 4],
  maternity: [0, 8],
}
export const INSURANCE_TYPES = Object.keys(RATES) as InsuranceType[]

/** One employer per persona, in the persona's own city. */
const EMPLOYERS: Record<string, string> = { taian: '泰安**机械有限公司', kunming: '昆明**商贸有限责任公司', hefei: '合肥**科技股份有限公司' }
const employerOf = (persona: Persona) => EMPLOYERS[persona.cityId] ?? '**有限公司'

/** Enrolment starts in March of the persona's first year; nothing is collected before it. */
const ENROLMENT_MONTH = 3

/** The contribution base for a year: grows about 6 % a year from 3,000 元 in 2003. */
const baseFen = (year: number) => Math.round((300000 * Math.pow(1.06, year - 2003)) / 100) * 100

export function contributions(persona: Persona, today: Date): Contribution[] {
  if (persona.records === 'none') return []
  const employer = employerOf(persona)
  const items: Contribution[] = []
  const lastYear = today.getFullYear()
  const lastMonth = today.getMonth() // the current month is not yet collected
  for (let year = lastYear; year >= persona.since; year--) {
    const firstMonth = year === persona.since ? ENROLMENT_MONTH : 1
    for (let month = year === lastYear ? lastMonth : 12; month >= firstMonth; month--) {
      for (const type of INSURANCE_TYPES) {
        const base = baseFen(year)
        const [personal, employerRate] = RATES[type]
        items.push({
          id: `${year}${String(month).padStart(2, '0')}-${type}`,
          type,
          month: `${year}-${String(month).padStart(2, '0')}`,
          baseFen: base,
          personalFen: Math.round((base * personal) / 1000),
          employerFen: Math.round((base * employerRate) / 1000),
          payer: employer,
        })
      }
    }
  }
  return items
}

export function enrolment(persona: Persona): Enrolment[] {
  return INSURANCE_TYPES.map((type) =>
    persona.records === 'none'
      ? { type, state: 'never' as const }
      : {
          type,
          state: 'active' as const,
          since: `${persona.since}-${String(ENROLMENT_MONTH).padStart(2, '0')}-01`,
          baseFen: baseFen(new Date().getFullYear()),
          employerMasked: employerOf(persona),
        },
  )
}

const PLACES: Record<Transaction['kind'], string[]> = {
  pharmacy: ['一心堂（人民中路店）', '健之佳（北京路店）', '老百姓大药房'],
  hospital: ['市第一人民医院', '市中医医院', '社区卫生服务中心'],
  refund: ['市第一人民医院（退费）'],
  deposit: ['医保个人账户划入'],
}

export function medicalTransactions(persona: Persona, today: Date): Transaction[] {
  if (persona.records === 'none') return []
  const next = random(seedOf(`${persona.id}-medical`))
  const count = persona.records === 'long' ? 120 : 45
  const items: Transaction[] = []
  for (let i = 0; i < count; i++) {
    const day = new Date(today.getTime() - (i * 6 + Math.floor(next() * 5)) * 86400000)
    const kinds: Transaction['kind'][] = i % 10 === 0 ? ['deposit'] : i % 13 === 0 ? ['refund'] : ['pharmacy', 'hospital']
    const kind = kinds[Math.floor(next() * kinds.length)]
    const places = PLACES[kind]
    const amount = Math.round(next() * 30000) + 500
    items.push({
      id: `mt-${i}`,
      date: day.toISOString().slice(0, 10),
      kind,
      place: places[Math.floor(next() * places.length)],
      amountFen: kind === 'deposit' || kind === 'refund' ? amount : -amount,
    })
  }
  return items
}

export function medicalBalance(persona: Persona): number {
  return persona.records === 'none' ? 0 : 100000 + (seedOf(persona.id) % 500000)
}

export function pension(persona: Persona, today: Date): Pension {
  if (persona.records === 'none') return { totalFen: 0, years: [] }
  const years: Pension['years'] = []
  let balance = 0
  for (let year = persona.since; year <= today.getFullYear(); year++) {
    const months = (year === today.getFullYear() ? today.getMonth() : 12) - (year === persona.since ? ENROLMENT_MONTH - 1 : 0)
    const contributed = Math.round((baseFen(year) * RATES.pension[0] * months) / 1000)
    const interest = Math.round(balance * 0.03)
    balance += contributed + interest
    years.push({ year, contributedFen: contributed, interestFen: interest, balanceFen: balance })
  }
  return { totalFen: balance, years }
}

export function benefits(persona: Persona): Benefit[] {
  if (persona.records === 'none') return []
  const list: Benefit[] = [{ id: 'b-1', name: '门诊费用医保报销', type: 'medical', date: '2025-08-14', amountFen: 123456 }]
  if (persona.records === 'long') {
    // Employed without a break since enrolment, so no unemployment benefit; the veteran is a woman (her ID's 17th digit is even).
    list.push({ id: 'b-2', name: '生育津贴', type: 'maternity', date: '2008-11-20', amountFen: 1520000 })
  }
  return list
}
