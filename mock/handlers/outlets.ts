/** The mock's service outlets, per city. */
import type { outletsEndpoints } from '@/outlets/api'
import { OUTLETS } from '../data/cities'
import { knownCity, type HandlersOf } from './common'

export const outletsHandlers: HandlersOf<typeof outletsEndpoints> = {
  outlets: ({ input }) => (knownCity(input.cityId), OUTLETS[input.cityId] ?? []),
}
