import { distanceMeters, formatDistance, nearest } from '@/lib/geo'

const TAIAN = { latitude: 36.2, longitude: 117.09 }
const HEFEI = { latitude: 31.82, longitude: 117.23 }

test('haversine: zero for the same point, symmetric, close to the known distance', () => {
  expect(distanceMeters(TAIAN, TAIAN)).toBe(0)
  expect(distanceMeters(TAIAN, HEFEI)).toBeCloseTo(distanceMeters(HEFEI, TAIAN), 6)
  // One degree of latitude is about 111.2 km.
  expect(distanceMeters({ latitude: 0, longitude: 0 }, { latitude: 1, longitude: 0 })).toBeGreaterThan(111_000)
  expect(distanceMeters({ latitude: 0, longitude: 0 }, { latitude: 1, longitude: 0 })).toBeLessThan(111_400)
  // Tai'an–Hefei is about 487 km as the crow flies.
  expect(distanceMeters(TAIAN, HEFEI) / 1000).toBeGreaterThan(480)
  expect(distanceMeters(TAIAN, HEFEI) / 1000).toBeLessThan(495)
})

test('formatDistance in 米 and 公里', () => {
  expect(formatDistance(3)).toBe('10 米')
  expect(formatDistance(846)).toBe('850 米')
  expect(formatDistance(1234)).toBe('1.2 公里')
  expect(formatDistance(36_400)).toBe('36 公里')
})

test('nearest picks the closest place, undefined for none', () => {
  const cities = [
    { id: 'taian', ...TAIAN },
    { id: 'hefei', ...HEFEI },
  ]
  expect(nearest(cities, { latitude: 31.9, longitude: 117.3 })?.id).toBe('hefei')
  expect(nearest(cities, { latitude: 36.1, longitude: 117.0 })?.id).toBe('taian')
  expect(nearest([], TAIAN)).toBeUndefined()
})
