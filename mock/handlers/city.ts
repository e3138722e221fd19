/** The mock's civic centre: cities, each city's service catalogue and notices. */
import type { cityEndpoints } from '@/city/api'
import { CATEGORIES, CITIES, DISABLED_SERVICES, NOTICES, ONLY_IN } from '../data/cities'
import { knownCity, type HandlersOf } from './common'

export const cityHandlers: HandlersOf<typeof cityEndpoints> = {
  cities: () => CITIES,
  catalogue: ({ input }) => {
    knownCity(input.cityId)
    const disabled = DISABLED_SERVICES[input.cityId] ?? []
    return {
      cityId: input.cityId,
      categories: CATEGORIES.map((category) => ({
        ...category,
        services: category.services
          .filter((service) => ONLY_IN[service.id]?.includes(input.cityId) ?? true)
          .map((service) => ({ ...service, enabled: !disabled.includes(service.id) })),
      })),
    }
  },
  notices: ({ input }) => (knownCity(input.cityId), NOTICES[input.cityId] ?? []),
}
