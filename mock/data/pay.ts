/** 城乡居民医保 of the personas: who is on each household list, their standing, the amounts and the collection period. */
import type { PayablePerson } from '@/pay/api'
import type { Persona } from './personas'

type Relation = PayablePerson['relation']
/** A standing the gateway knows from elsewhere; `due` people turn `paid` when an order for them is paid. */
type Standing = Exclude<PayablePerson['status'], 'paid'> | 'paid-before'

export interface HouseholdMember {
  personId: string
  relation: Relation
  name: string
  idNumber: string
  standing: Standing
}

/** The yearly individual share and the government subsidy shown apart (fen): 2026 levels of the seeds' cities. */
export const SHARE_FEN = 40_000
export const SUBSIDY_FEN = 70_000

const DAY_MS = 86_400_000

/** The household lists beyond the resident (everyone else has only themselves, due). */
const RELATIVES: Record<string, Omit<HouseholdMember, 'personId'>[]> = {
  level2: [
    { relation: 'parent', name: '张德福', idNumber: '530102194503120013', standing: 'due' },
    { relation: 'parent', name: '李桂芬', idNumber: '530102194708230021', standing: 'due' },
    { relation: 'spouse', name: '王丽娟', idNumber: '530102197504020026', standing: 'employer' },
    { relation: 'child', name: '张子涵', idNumber: '530102201006150038', standing: 'due' },
  ],
  'pay-employer': [{ relation: 'parent', name: '赵淑芬', idNumber: '530102196001250044', standing: 'not-insured' }],
}

const SELF_STANDING: Record<string, Standing> = { 'pay-employer': 'employer', 'pay-done': 'paid-before' }

export function household(persona: Persona): HouseholdMember[] {
  const self: HouseholdMember = {
    personId: 'p-self',
    relation: 'self',
    name: persona.name,
    idNumber: persona.idNumber,
    standing: SELF_STANDING[persona.id] ?? 'due',
  }
  return [self, ...(RELATIVES[persona.id] ?? []).map((member, i) => ({ ...member, personId: `p-${i + 1}` }))]
}

/**
 * The collection period around `now`: open for two more months from two months ago (the autumn collection for
 * next year); for `pay-closed` it opens in six weeks. The insurance year is the one after the period opens.
 */
export function collectionWindow(persona: Persona, now: number) {
  const opens = persona.id === 'pay-closed' ? now + 42 * DAY_MS : now - 60 * DAY_MS
  const day = (ms: number) => new Date(ms).toISOString().slice(0, 10)
  return { opensOn: day(opens), closesOn: day(opens + 120 * DAY_MS), open: opens <= now, year: new Date(opens).getUTCFullYear() + 1 }
}

/** Where else each city takes the payment (what an H5 page without a cashier names). */
export const ELSEWHERE: Record<string, string[]> = {
  taian: ['微信「泰安人社」小程序', '支付宝「市民中心」', '泰安人社 APP', '合作银行网点'],
  kunming: ['微信「昆明人社通」小程序', '支付宝「市民中心」', '昆明人社通 APP', '合作银行网点'],
  hefei: ['安徽人社 APP', '合作银行网点'],
}

/** Cities whose gateway has a web cashier for H5 (others: `none`, pay in WeChat or Alipay). */
export const H5_CASHIER_CITIES = ['kunming']
