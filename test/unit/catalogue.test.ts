import { isEmptyCatalogue, searchServices } from '@/lib/catalogue'
import { withQuery } from '@/lib/url'

const service = (id: string, name: string, keywords: string[], enabled = true) => ({ id, name, keywords, enabled, path: `/x/${id}` })
const categories = [
  { id: 'a', name: 'A', services: [service('loss', '临时挂失', ['丢卡', '挂失']), service('medical', '医保个人账户', ['余额'])] },
  { id: 'b', name: 'B', services: [service('pay', '药店扫码支付', ['医保支付', '买药'], false)] },
]

test('search by name first, then by keyword; case and spaces ignored; empty query gives nothing', () => {
  expect(searchServices(categories, '医保').map((s) => s.id)).toEqual(['medical', 'pay'])
  expect(searchServices(categories, ' 丢 卡 ').map((s) => s.id)).toEqual(['loss'])
  expect(searchServices(categories, '买药')[0].enabled).toBe(false)
  expect(searchServices(categories, '公积金')).toEqual([])
  expect(searchServices(categories, '  ')).toEqual([])
})

test('an empty catalogue', () => {
  expect(isEmptyCatalogue([])).toBe(true)
  expect(isEmptyCatalogue([{ id: 'a', name: 'A', services: [] }])).toBe(true)
  expect(isEmptyCatalogue(categories)).toBe(false)
})

test('withQuery appends parameters and skips empty ones', () => {
  expect(withQuery('/outlets/list/index', { city: 'kunming' })).toBe('/outlets/list/index?city=kunming')
  expect(withQuery('/code/show/index?kind=payment', { city: 'kunming', id: undefined })).toBe('/code/show/index?kind=payment&city=kunming')
  expect(withQuery('/a', {})).toBe('/a')
})
