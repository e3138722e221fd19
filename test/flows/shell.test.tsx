/**
 * The app shell, on Taro's real H5 runtime in jsdom: the router, the <taro-tabbar> built from
 * app.config.ts's tab list, Taro.switchTab, and the 我的 page's large-text switch, which applies to every
 * page and is remembered. (test/e2e/shell.spec.ts does the same in Chromium on the production build.)
 */
import { bootTaroApp, shownPage } from '../support/render' // first: switches Taro's runtime to the jsdom window
import { act, fireEvent, waitFor, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import appConfig from '@/app.config'
import { storage } from '@/platform'
import { useCityStore } from '@/city/store'
import { usePreferences } from '@/stores/preferences'
import { withMockGateway } from '../support/gateway'

withMockGateway()

const tabBar = () => within(document.querySelector('taro-tabbar') as HTMLElement)
/** Taro's tab bar renders one <a class="weui-tabbar__item"> link per tab, labelled by its text. */
const tab = (name: string) => tabBar().getByRole('link', { name })
const isSelected = (name: string) => tab(name).classList.contains('weui-bar__item_on')
const shownScreen = () => shownPage().querySelector('.screen') as HTMLElement
const storedLargeText = () => (JSON.parse(storage.get<string>('esscard.preferences') ?? '{}') as { state?: { largeText?: boolean } }).state?.largeText

async function waitForPage(path: string, title: string) {
  await waitFor(() => expect(window.location.pathname).toBe(path))
  await waitFor(() => expect(within(shownPage()).getByText(title, { selector: '.page-title' })).toBeTruthy())
}

beforeAll(async () => {
  usePreferences.getState().setLargeText(false)
  useCityStore.setState({ cityId: 'taian' })
  await bootTaroApp('/')
})

test('the tab list names the three tab pages, each a page of the main package', () => {
  expect(appConfig.tabBar?.list.map((t) => [t.text, t.pagePath])).toEqual([
    ['首页', 'pages/home/index'],
    ['电子社保卡', 'pages/card/index'],
    ['我的', 'pages/me/index'],
  ])
  for (const t of appConfig.tabBar?.list ?? []) expect(appConfig.pages).toContain(t.pagePath)
})

test('the app opens on 首页 with the tab bar, 首页 selected', async () => {
  await waitForPage('/pages/home/index', '市民中心')
  expect(
    tabBar()
      .getAllByRole('link')
      .map((a) => a.textContent),
  ).toEqual(['首页', '电子社保卡', '我的'])
  expect(isSelected('首页')).toBe(true)
  expect(document.title).toBe('市民中心')
})

test('tapping the tab bar switches to 电子社保卡 and 我的', async () => {
  fireEvent.click(tab('电子社保卡'))
  await waitForPage('/pages/card/index', '电子社保卡')
  expect(await within(shownPage()).findByText('出示二维码')).toBeTruthy()
  await waitFor(() => expect(isSelected('电子社保卡')).toBe(true))
  expect(isSelected('首页')).toBe(false)

  fireEvent.click(tab('我的'))
  await waitForPage('/pages/me/index', '我的')
  await waitFor(() => expect(isSelected('我的')).toBe(true))
  expect(document.title).toBe('我的')
})

test('Taro.switchTab goes back to the kept 首页 and updates the tab bar', async () => {
  const homeBefore = document.querySelector('.taro_page[id^="/pages/home/index"]')
  expect(homeBefore).not.toBeNull()
  await act(() => Taro.switchTab({ url: '/pages/home/index' }))
  await waitForPage('/pages/home/index', '市民中心')
  expect(shownPage()).toBe(homeBefore) // a tab page is shown again, not mounted anew
  await waitFor(() => expect(isSelected('首页')).toBe(true))
  expect(isSelected('我的')).toBe(false)
})

test('大字模式 on 我的 enlarges every page and is remembered; switching it off restores normal text', async () => {
  fireEvent.click(tab('我的'))
  await waitForPage('/pages/me/index', '我的')
  expect(shownScreen().classList.contains('screen--large')).toBe(false)

  // The whole row is the switch (role switch, aria-checked): a tap on its label toggles it.
  const toggle = within(shownPage()).getByRole('switch', { name: '大字模式' })
  expect(toggle.getAttribute('aria-checked')).toBe('false')
  fireEvent.click(within(toggle).getByText('大字模式（适老化）'))
  await waitFor(() => expect(shownScreen().classList.contains('screen--large')).toBe(true))
  expect(toggle.getAttribute('aria-checked')).toBe('true')
  expect(usePreferences.getState().largeText).toBe(true)
  expect(storedLargeText()).toBe(true)

  // The other tab pages, kept mounted by the router, follow.
  fireEvent.click(tab('电子社保卡'))
  await waitForPage('/pages/card/index', '电子社保卡')
  expect(shownScreen().classList.contains('screen--large')).toBe(true)
  fireEvent.click(tab('首页'))
  await waitForPage('/pages/home/index', '市民中心')
  expect(shownScreen().classList.contains('screen--large')).toBe(true)

  fireEvent.click(tab('我的'))
  await waitForPage('/pages/me/index', '我的')
  fireEvent.click(within(shownPage()).getByRole('switch', { name: '大字模式' }))
  await waitFor(() => expect(shownScreen().classList.contains('screen--large')).toBe(false))
  expect(storedLargeText()).toBe(false)
  expect(document.querySelectorAll('.screen--large')).toHaveLength(0)
})
