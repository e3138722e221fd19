/** Distances on the Earth's surface (haversine), for "nearest city" and the outlets list. */
export interface LatLng {
  latitude: number
  longitude: number
}

const EARTH_RADIUS_M = 6_371_000
const rad = (deg: number) => (deg * Math.PI) / 180

/** Great-circle distance in metres. */
export function distanceMeters(a: LatLng, b: LatLng): number {
  const dLat = rad(b.latitude - a.latitude)
  const dLng = rad(b.longitude - a.longitude)
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.latitude)) * Math.cos(rad(b.latitude)) * Math.sin(dLng / 2) ** 2
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)))
}

/** 850 米 · 1.2 公里 · 36 公里 */
export function formatDistance(meters: number): string {
  if (meters < 1000) return `${Math.max(10, Math.round(meters / 10) * 10)} 米`
  const km = meters / 1000
  return `${km < 10 ? km.toFixed(1) : Math.round(km)} 公里`
}

/** The place closest to `from`, or undefined for an empty list. */
export function nearest<T extends LatLng>(places: readonly T[], from: LatLng): T | undefined {
  let best: T | undefined
  let bestDistance = Infinity
  for (const place of places) {
    const d = distanceMeters(from, place)
    if (d < bestDistance) {
      best = place
      bestDistance = d
    }
  }
  return best
}
