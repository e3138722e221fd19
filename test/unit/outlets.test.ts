import { arrangeOutlets, districtsOf, filterOutlets } from '@/lib/outlets'

const outlet = (id: string, district: string, latitude: number, serviceIds: string[]) => ({ id, name: id, district, latitude, longitude: 102.7, serviceIds })
const outlets = [outlet('c', '五华区', 25.04, ['claim']), outlet('a', '呈贡区', 24.88, ['claim', 'pay']), outlet('b', '盘龙区', 25.06, ['pin'])]

test('filters by district and service', () => {
  expect(filterOutlets(outlets, {}).map((o) => o.id)).toEqual(['c', 'a', 'b'])
  expect(filterOutlets(outlets, { district: '盘龙区' }).map((o) => o.id)).toEqual(['b'])
  expect(filterOutlets(outlets, { serviceId: 'claim' }).map((o) => o.id)).toEqual(['c', 'a'])
  expect(filterOutlets(outlets, { serviceId: 'claim', district: '盘龙区' })).toEqual([])
})

test('with a position: nearest first, with distances', () => {
  const arranged = arrangeOutlets(outlets, { latitude: 25.07, longitude: 102.7 })
  expect(arranged.map((a) => a.outlet.id)).toEqual(['b', 'c', 'a'])
  expect(arranged.every((a) => typeof a.distance === 'number')).toBe(true)
})

test('without a position: by district (pinyin order), no distances', () => {
  const arranged = arrangeOutlets(outlets, null)
  expect(arranged.map((a) => a.outlet.district)).toEqual(['呈贡区', '盘龙区', '五华区'])
  expect(arranged.some((a) => a.distance !== undefined)).toBe(false)
  expect(districtsOf(outlets)).toEqual(['五华区', '呈贡区', '盘龙区'])
})

test('without Intl (WeChat on Android) the list still orders, each district together', () => {
  const saved = globalThis.Intl
  // @ts-expect-error -- WeChat's engine on Android has no Intl
  delete globalThis.Intl
  try {
    const more = [...outlets, outlet('d', '五华区', 25.03, ['pay']), outlet('e', '呈贡区', 24.87, ['pin'])]
    const districts = arrangeOutlets(more, null).map((a) => a.outlet.district)
    expect(districts).toHaveLength(5)
    expect(new Set(districts).size).toBe(3)
    expect(districts.filter((d, i) => i > 0 && d !== districts[i - 1]).length).toBe(2)
  } finally {
    globalThis.Intl = saved
  }
})
