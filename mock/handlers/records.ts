/** The mock's insurance records: enrolment, contributions, the medical account, pension and benefits. */
import type { recordsEndpoints } from '@/records/api'
import * as records from '../data/records'
import { page, requireUsableCard, type HandlersOf } from './common'

export const recordsHandlers: HandlersOf<typeof recordsEndpoints> = {
  enrolment: ({ state, persona }) => (requireUsableCard(state), records.enrolment(persona)),
  contributions: ({ input, state, persona, now }) => {
    requireUsableCard(state)
    const all = records.contributions(persona, new Date(now))
    const filtered = all.filter((r) => (!input.type || r.type === input.type) && (!input.year || r.month.startsWith(`${input.year}-`)))
    return page(filtered, input.page)
  },
  medicalAccount: ({ state, persona, now }) => (
    requireUsableCard(state),
    { balanceFen: records.medicalBalance(persona), updatedAt: new Date(now).toISOString().slice(0, 10) }
  ),
  medicalTransactions: ({ input, state, persona, now }) => (requireUsableCard(state), page(records.medicalTransactions(persona, new Date(now)), input.page)),
  pension: ({ state, persona, now }) => (requireUsableCard(state), records.pension(persona, new Date(now))),
  benefits: ({ state, persona }) => (requireUsableCard(state), records.benefits(persona)),
}
