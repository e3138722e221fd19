/** The outlets list: filter by district and service, order by distance when the user's position is known, else by district. */
import { distanceMeters, type LatLng } from './geo'

export interface OutletLike extends LatLng {
  id: string
  name: string
  district: string
  serviceIds: string[]
}

export interface OutletFilter {
  district?: string
  serviceId?: string
}

export function filterOutlets<T extends OutletLike>(outlets: readonly T[], filter: OutletFilter): T[] {
  return outlets.filter((o) => (!filter.district || o.district === filter.district) && (!filter.serviceId || o.serviceIds.includes(filter.serviceId)))
}

/** Each outlet with its distance (metres) from `from`, nearest first; without a position, by district then name. */
export function arrangeOutlets<T extends Omit<OutletLike, 'id' | 'serviceIds'>>(
  outlets: readonly T[],
  from: LatLng | null,
): { outlet: T; distance?: number }[] {
  if (from) {
    return outlets.map((outlet) => ({ outlet, distance: distanceMeters(from, outlet) })).sort((a, b) => a.distance - b.distance)
  }
  const compare = chineseOrder()
  return [...outlets].sort((a, b) => compare(a.district, b.district) || compare(a.name, b.name)).map((outlet) => ({ outlet }))
}

/**
 * Pinyin order through Intl where the engine has it. WeChat's engine on Android has no Intl (glass-easel
 * issue 270): there the engine's own localeCompare, which still keeps each district's outlets together.
 */
function chineseOrder(): (a: string, b: string) => number {
  return typeof Intl === 'object' && typeof Intl.Collator === 'function' ? new Intl.Collator('zh-CN').compare : (a, b) => a.localeCompare(b)
}

/** Districts in first-seen order, for the filter. */
export function districtsOf(outlets: readonly OutletLike[]): string[] {
  return [...new Set(outlets.map((o) => o.district))]
}
