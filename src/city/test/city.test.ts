import { resolveCity } from '@/city/store'

const known = ['taian', 'kunming', 'hefei']

test('a link wins over the last choice', () => {
  expect(resolveCity({ linkCity: 'kunming', savedCity: 'taian', known })).toEqual({ kind: 'chosen', cityId: 'kunming', source: 'link' })
})

test('an unknown city in the link is reported, not replaced', () => {
  expect(resolveCity({ linkCity: 'beijing', savedCity: 'taian', known })).toEqual({ kind: 'unknown', requested: 'beijing' })
})

test('without a link the last choice, then location', () => {
  expect(resolveCity({ savedCity: 'hefei', known })).toEqual({ kind: 'chosen', cityId: 'hefei', source: 'saved' })
  expect(resolveCity({ savedCity: 'gone', known })).toEqual({ kind: 'locate' })
  expect(resolveCity({ savedCity: null, known })).toEqual({ kind: 'locate' })
})
