import { act, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { contributions } from '@mock/data/records'
import { FAULT_IDS } from '@mock/faults'
import Contributions from '@/records/contributions/index'
import { pageLifecycle } from '@test/support/taro'
import { persona, renderAs, setupRecordsGateway, taroSpies } from './support'
import { FAULT_CASES, FAULT_TEST_TIMEOUT_MS, retryButton } from '@test/support/gateway'

const { gateway } = setupRecordsGateway()

/** The list's rows (a plain selector: role queries get slow over hundreds of rows). */
const rows = () => Array.from(document.querySelectorAll<HTMLElement>('[role="listitem"]'))
const lastYear = new Date().getFullYear() - 1
const veteranRecords = () => contributions(persona('veteran'), new Date())

async function firstPage() {
  await waitFor(() => expect(rows()).toHaveLength(20))
}

async function scrollToTheEnd(expected: number) {
  let pages = 1
  while (!screen.queryByText('没有更多了')) {
    const before = rows().length
    act(() => pageLifecycle.reachBottom())
    await waitFor(() => expect(rows().length).toBeGreaterThan(before))
    pages += 1
  }
  expect(rows()).toHaveLength(expected)
  return pages
}

test('veteran: the first page shows after a skeleton, newest month first, money in ¥ and the employer masked', async () => {
  await renderAs('veteran', gateway, <Contributions />)
  expect(screen.getByRole('status', { name: '正在加载缴费记录' })).toBeTruthy()
  await firstPage()
  const newest = veteranRecords()[0]
  const [year, month] = newest.month.split('-').map(Number)
  expect(within(rows()[0]).getByText(`${year}年${month}月 · 养老保险`)).toBeTruthy()
  expect(within(rows()[0]).getByText(/^¥\d{1,3}(,\d{3})*\.\d{2}$/)).toBeTruthy()
  expect(within(rows()[0]).getByText(/缴费单位 .+\*\*.+/)).toBeTruthy()
  expect(screen.getByRole('list', { name: `缴费记录，共 ${veteranRecords().length} 条` })).toBeTruthy()
})

test('veteran: filtered to 养老保险, infinite scroll pages through 20+ years to the end mark', async () => {
  await renderAs('veteran', gateway, <Contributions />)
  await firstPage()
  fireEvent.click(screen.getByRole('button', { name: '险种：养老保险' }))
  expect(screen.getByRole('status', { name: '正在加载缴费记录' })).toBeTruthy()
  await firstPage()
  const pension = veteranRecords().filter((r) => r.type === 'pension')
  expect(pension.length).toBeGreaterThan(20 * 12)
  const pages = await scrollToTheEnd(pension.length)
  expect(pages).toBe(Math.ceil(pension.length / 20))
  expect(within(rows()[rows().length - 1]).getByText('2003年3月 · 养老保险')).toBeTruthy()
  // Scrolling further asks for nothing more.
  act(() => pageLifecycle.reachBottom())
  expect(screen.queryByRole('status', { name: '正在加载更多' })).toBeNull()
}, 30_000)

test('veteran: filtering by year, the 加载更多 button also pages, and pull-to-refresh starts again', async () => {
  await renderAs('veteran', gateway, <Contributions />)
  await waitFor(() => screen.getByRole('button', { name: `年份：${lastYear}年` }))
  fireEvent.click(screen.getByRole('button', { name: `年份：${lastYear}年` }))
  await firstPage()
  expect(rows().every((row) => within(row).queryByText(new RegExp(`^${lastYear}年`)))).toBe(true)
  expect(screen.getByText('已显示 20 / 60 条')).toBeTruthy()
  fireEvent.click(screen.getByText('加载更多'))
  await waitFor(() => expect(rows()).toHaveLength(40))
  await scrollToTheEnd(60)

  act(() => pageLifecycle.pullDown())
  await waitFor(() => expect(rows()).toHaveLength(20))
  expect(taroSpies.stopPullDownRefresh).toHaveBeenCalled()
  expect(screen.getByRole('button', { name: `年份：${lastYear}年` }).getAttribute('aria-pressed')).toBe('true')
})

test('no-records: the empty state', async () => {
  await renderAs('no-records', gateway, <Contributions />)
  await screen.findByText('暂无缴费记录')
  expect(rows()).toHaveLength(0)
})

test('without an e-card: how to claim one, with a link to the claim wizard', async () => {
  await renderAs('new', gateway, <Contributions />)
  await screen.findByText('领取电子社保卡后即可查询')
  fireEvent.click(screen.getByText('申领电子社保卡'))
  expect(taroSpies.navigateTo).toHaveBeenCalledWith({ url: '/claim/wizard/index' })
})

test.each([
  ['lost', '社保卡已挂失，暂时不能查询', /书面解除挂失/],
  ['cancelled', '社保卡已注销，不能查询', /补换新的社保卡/],
])('%s card: explained, no retry', async (personaId, title, advice) => {
  await renderAs(personaId, gateway, <Contributions />)
  await screen.findByText(title)
  expect(screen.getAllByText(advice).length).toBeGreaterThan(0)
  expect(screen.queryByText('重试')).toBeNull()
})

test.each(FAULT_CASES)(
  'fault %s on the first page: its message, then 重试 loads the records',
  async (fault, message) => {
    gateway.setControls({ personaId: 'veteran' })
    await renderAs('veteran', gateway, <Contributions />)
    await firstPage()
    gateway.setControls({ fault, faultEndpoint: 'contributions' })
    fireEvent.click(screen.getByRole('button', { name: '险种：医疗保险' }))
    await screen.findByText(message)
    if (fault === 'offline') expect(screen.getByText('网络未连接')).toBeTruthy()
    gateway.setControls({ fault: 'none' })
    fireEvent.click(await retryButton())
    await firstPage()
    expect(within(rows()[0]).getByText(/医疗保险/)).toBeTruthy()
  },
  FAULT_TEST_TIMEOUT_MS,
)

test('fault session-expired: the client re-authenticates once and the records load', async () => {
  await renderAs('veteran', gateway, <Contributions />)
  await firstPage()
  gateway.setControls({ fault: 'session-expired' })
  fireEvent.click(screen.getByRole('button', { name: '险种：失业保险' }))
  await waitFor(() => expect(within(rows()[0]).getByText(/失业保险/)).toBeTruthy())
})

test('every fault is covered by these tests', () => {
  expect([...FAULT_CASES.map(([fault]) => fault), 'session-expired', 'none'].sort()).toEqual([...FAULT_IDS].sort())
})

test('a failed next page keeps the rows and offers 重试 in the footer', async () => {
  await renderAs('veteran', gateway, <Contributions />)
  await firstPage()
  gateway.setControls({ fault: 'server-error', faultEndpoint: 'contributions' })
  act(() => pageLifecycle.reachBottom())
  await screen.findByText('服务暂时不可用，请稍后再试')
  expect(rows()).toHaveLength(20)
  gateway.setControls({ fault: 'none' })
  fireEvent.click(screen.getByText('重试'))
  await waitFor(() => expect(rows()).toHaveLength(40))
})
