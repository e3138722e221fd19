/**
 * The app shell: the tab bar of app.config.ts switches between the three tab pages, and the 我的
 * page's large-text switch applies to every page and is remembered. Taro's own H5 tab bar is driven
 * for real in test/e2e/shell.spec.ts; here the pages render in jsdom behind a harness that follows the
 * same tab list.
 */
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { useState, type ComponentType } from 'react'
import appConfig from '@/app.config'
import HomePage from '@/pages/home/index'
import CardPage from '@/pages/card/index'
import MePage from '@/pages/me/index'
import { storage } from '@/platform'
import { usePreferences } from '@/stores/preferences'
import { configureGateway } from '@/gateway/client'
import { setupMockGateway } from '@mock/node'

const PAGES: Record<string, ComponentType> = {
  'pages/home/index': HomePage,
  'pages/card/index': CardPage,
  'pages/me/index': MePage,
}

const { server } = setupMockGateway()
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterAll(() => server.close())
beforeEach(() => {
  configureGateway({ timeoutMs: 300 })
  act(() => usePreferences.getState().setLargeText(false))
})

function Shell() {
  const tabs = appConfig.tabBar?.list ?? []
  const [current, setCurrent] = useState(tabs[0].pagePath)
  const Page = PAGES[current]
  return (
    <div>
      <Page />
      <nav>
        {tabs.map((tab) => (
          <button key={tab.pagePath} onClick={() => setCurrent(tab.pagePath)}>
            {tab.text}
          </button>
        ))}
      </nav>
    </div>
  )
}

const pageRoot = () => document.querySelector('.screen') as HTMLElement

test('the tab list names the three tab pages, each a page of the main package', () => {
  expect(appConfig.tabBar?.list.map((t) => [t.text, t.pagePath])).toEqual([
    ['首页', 'pages/home/index'],
    ['电子社保卡', 'pages/card/index'],
    ['我的', 'pages/me/index'],
  ])
  expect(appConfig.pages).toEqual(expect.arrayContaining(Object.keys(PAGES)))
})

test('switching tabs shows each page, and large text set under 我的 applies everywhere and is remembered', async () => {
  render(<Shell />)
  await screen.findByText('市民中心', { selector: '.page-title' })
  expect(pageRoot().className).not.toContain('screen--large')

  fireEvent.click(screen.getByRole('button', { name: '电子社保卡' }))
  expect(await screen.findByText('出示二维码')).toBeTruthy()

  fireEvent.click(screen.getByRole('button', { name: '我的' }))
  const toggle = await screen.findByLabelText('大字模式', { selector: 'input' })
  fireEvent.click(toggle)
  await waitFor(() => expect(pageRoot().className).toContain('screen--large'))
  expect(JSON.parse(storage.get<string>('esscard.preferences') ?? '{}')).toMatchObject({ state: { largeText: true } })

  fireEvent.click(screen.getByRole('button', { name: '首页' }))
  await waitFor(() => expect(pageRoot().className).toContain('screen--large'))
})
