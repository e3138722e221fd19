/**
 * No dead ends on H5, on Taro's real H5 router: every page that is not a tab has 返回 and 首页; 返回 from a page
 * opened directly (a link from a service centre) goes home instead of doing nothing; result pages offer a next step.
 */
import { bootTaroApp, shownPage } from '../support/render' // first: switches Taro's runtime to the jsdom window
import { act, fireEvent, waitFor, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import appConfig from '@/app.config'
import { withMockGateway } from '../support/gateway'

withMockGateway()

const TAB_PAGES = (appConfig.tabBar?.list ?? []).map((t) => `/${t.pagePath}`)
const nav = () => within(shownPage()).queryByRole('navigation', { name: '页面导航' })
/** The shown page's bar, once the page transition has finished. */
const shownNav = () => waitFor(() => within(shownPage()).getByRole('navigation', { name: '页面导航' }))

beforeAll(async () => {
  await bootTaroApp('/outlets/list/index')
})

test('a page opened directly: 返回 and 首页 at its top, and 返回 goes home', async () => {
  await waitFor(() => expect(window.location.pathname).toBe('/outlets/list/index'))
  const bar = await shownNav()
  expect(Taro.getCurrentPages()).toHaveLength(1)
  fireEvent.click(within(bar).getByRole('button', { name: '返回上一页' }))
  await waitFor(() => expect(window.location.pathname).toBe('/pages/home/index'))
})

test('tab pages have the tab bar and no page bar', async () => {
  for (const path of TAB_PAGES) {
    await act(() => Taro.switchTab({ url: path }))
    await waitFor(() => expect(window.location.pathname).toBe(path))
    await waitFor(() => expect(nav()).toBeNull())
  }
})

test('a page opened from home: 返回 goes back to it, 首页 goes home', async () => {
  await act(() => Taro.navigateTo({ url: '/manage/index/index' }))
  await waitFor(() => expect(window.location.pathname).toBe('/manage/index/index'))
  await act(() => Taro.navigateTo({ url: '/outlets/list/index' }))
  await waitFor(() => expect(window.location.pathname).toBe('/outlets/list/index'))
  fireEvent.click(within(await shownNav()).getByRole('button', { name: '返回上一页' }))
  await waitFor(() => expect(window.location.pathname).toBe('/manage/index/index'))
  fireEvent.click(within(await shownNav()).getByRole('button', { name: '回到首页' }))
  await waitFor(() => expect(window.location.pathname).toBe('/pages/home/index'))
  expect(Taro.getCurrentPages()).toHaveLength(1)
})
