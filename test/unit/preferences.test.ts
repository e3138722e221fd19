import { storage } from '@/platform'
import { usePreferences } from '@/stores/preferences'

test('large-text preference is remembered in storage', () => {
  usePreferences.getState().setLargeText(true)
  expect(JSON.parse(storage.get<string>('esscard.preferences') ?? '{}')).toMatchObject({ state: { largeText: true } })
})
