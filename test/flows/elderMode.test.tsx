import { fireEvent, render, screen, within } from '@testing-library/react'
import { storage } from '@/platform'
import { useCityStore } from '@/city/store'
import { usePreferences } from '@/stores/preferences'
import Home from '@/pages/home/index'
import { withMockGateway } from '../support/gateway'
import { search } from '@test/support/flow'

withMockGateway()

beforeEach(() => {
  useCityStore.setState({ cityId: 'kunming' })
  usePreferences.setState({ largeText: undefined })
  window.history.replaceState(null, '', '/?persona=level2')
})

const entry = () => screen.getByRole('switch', { name: '长辈版：大字、大按钮' })

test('the home page has a visible 长辈版 entry that turns large-text mode on, is remembered and turns it off', async () => {
  const { container } = render(<Home />)
  expect(entry().getAttribute('aria-checked')).toBe('false')
  expect(container.querySelector('.screen--large')).toBeNull()
  fireEvent.click(entry())
  expect(container.querySelector('.screen--large')).not.toBeNull()
  expect(entry().getAttribute('aria-checked')).toBe('true')
  expect(JSON.parse(storage.get<string>('esscard.preferences') ?? '{}')).toMatchObject({ state: { largeText: true } })
  fireEvent.click(entry())
  expect(container.querySelector('.screen--large')).toBeNull()
})

test('in 长辈版 the home page starts with large tiles: 出示二维码, 查询养老金/缴费记录, 人社服务热线 12333, 附近网点; the full grid follows', async () => {
  usePreferences.setState({ largeText: true })
  const { container } = render(<Home />)
  const tiles = within(screen.getByRole('group', { name: '常用服务' }))
  expect(tiles.getAllByRole('link').map((t) => t.textContent?.trim())).toEqual(['出示二维码', '查询养老金/缴费记录', '人社服务热线12333', '附近网点'])
  expect(tiles.getByRole('link', { name: '拨打人社服务热线 12333' }).getAttribute('href')).toBe('tel:12333')
  await screen.findByRole('button', { name: /^药店扫码支付/ }, { timeout: 10_000 })
  const order = [...container.querySelectorAll('.elder-tiles, .weui-grids')].map((e) => e.className)
  expect(order[0]).toContain('elder-tiles')
})

test.each(['长辈版', '关怀版', '关爱版', '亲情版', '大字版'])('search finds 长辈版 under %s', async (word) => {
  const { container } = render(<Home />)
  await screen.findByRole('button', { name: /^药店扫码支付/ }, { timeout: 10_000 })
  await search(word)
  const found = screen.getAllByRole('switch', { name: '长辈版：大字、大按钮' })
  expect(found).toHaveLength(2)
  fireEvent.click(found[1])
  expect(container.querySelector('.screen--large')).not.toBeNull()
})
