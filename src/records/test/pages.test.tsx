import { act, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { benefits, medicalTransactions, pension } from '@mock/data/records'
import { formatMoney } from '@/lib/format'
import BenefitsPage from '@/records/benefits/index'
import RecordsHome from '@/records/index/index'
import MedicalPage from '@/records/medical/index'
import PensionPage from '@/records/pension/index'
import { pageLifecycle } from '@test/support/taro'
import { FAULT_CASES, FAULT_TEST_TIMEOUT_MS, retryButton } from '@test/support/gateway'
import { persona, renderAs, setupRecordsGateway, taroSpies } from './support'

const { gateway } = setupRecordsGateway()
const veteran = persona('veteran')
const rows = () => Array.from(document.querySelectorAll<HTMLElement>('[role="listitem"]'))

describe('社保查询 (enrolment)', () => {
  test('veteran: the five insurances with state, date, base and masked employer', async () => {
    await renderAs('veteran', gateway, <RecordsHome />)
    const list = await screen.findByRole('list', { name: '五险参保状态' })
    const items = within(list).getAllByRole('listitem')
    expect(items.map((item) => item.textContent?.match(/^(\S+保险)/)?.[1])).toEqual(['养老保险', '医疗保险', '失业保险', '工伤保险', '生育保险'])
    expect(within(items[0]).getByText('正常参保')).toBeTruthy()
    expect(within(items[0]).getByText('参保日期：2003年3月1日')).toBeTruthy()
    expect(within(items[0]).getByText(/^缴费基数：¥[\d,]+\.\d{2}$/)).toBeTruthy()
    expect(within(items[0]).getByText(/^参保单位：.+\*\*.+$/)).toBeTruthy()
    expect(screen.getByRole('link', { name: '缴费记录' })).toBeTruthy()
  })

  test('no-records: every insurance 未参保, nothing else', async () => {
    await renderAs('no-records', gateway, <RecordsHome />)
    await waitFor(() => expect(screen.getAllByText('未参保')).toHaveLength(5))
    expect(screen.queryByText(/参保日期/)).toBeNull()
  })

  test('pull-to-refresh reloads it', async () => {
    await renderAs('veteran', gateway, <RecordsHome />)
    await screen.findByRole('list', { name: '五险参保状态' })
    act(() => pageLifecycle.pullDown())
    await screen.findByRole('list', { name: '五险参保状态' })
    await waitFor(() => expect(taroSpies.stopPullDownRefresh).toHaveBeenCalled())
  })
})

describe('医保个人账户', () => {
  test('veteran: balance, then transactions paged to the end', async () => {
    await renderAs('veteran', gateway, <MedicalPage />)
    await screen.findByRole('group', { name: /^账户余额 / })
    await waitFor(() => expect(rows()).toHaveLength(20))
    const all = medicalTransactions(veteran, new Date())
    expect(within(rows()[0]).getByText(formatMoney(all[0].amountFen))).toBeTruthy()
    expect(screen.getAllByText(/^(药店购药|医院就诊|退费|账户划入) · /).length).toBe(20)
    while (!screen.queryByText('没有更多了')) {
      const before = rows().length
      act(() => pageLifecycle.reachBottom())
      await waitFor(() => expect(rows().length).toBeGreaterThan(before))
    }
    expect(rows()).toHaveLength(all.length)
  }, 20_000)

  test('no-records: zero balance and the empty list', async () => {
    await renderAs('no-records', gateway, <MedicalPage />)
    await screen.findByText('暂无消费明细')
    expect(screen.getByText('¥0.00')).toBeTruthy()
  })

  test('without an e-card the problem is said once, for the whole page', async () => {
    await renderAs('new', gateway, <MedicalPage />)
    await screen.findByText('领取电子社保卡后即可查询')
    await waitFor(() => expect(screen.queryByText('消费明细')).toBeNull())
    expect(screen.getAllByText('领取电子社保卡后即可查询')).toHaveLength(1)
  })

  test('offline: one message, and 重试 brings back both the balance and the list', async () => {
    await renderAs('veteran', gateway, <MedicalPage />, 'offline')
    await waitFor(() => expect(screen.getAllByText('网络未连接')).toHaveLength(1))
    await waitFor(() => expect(screen.queryByText('消费明细')).toBeNull())
    gateway.setControls({ fault: 'none' })
    fireEvent.click(screen.getByText('重试'))
    await screen.findByRole('group', { name: /^账户余额 / })
    await waitFor(() => expect(rows()).toHaveLength(20))
  })
})

describe('养老保险个人账户', () => {
  const drawn: string[] = []
  beforeEach(() => {
    drawn.length = 0
    // jsdom has no canvas: a recording 2D context, and a size for the chart's canvas.
    const context = new Proxy({} as Record<string, unknown>, {
      get: (_, name: string) => (name in contextState ? contextState[name] : (...args: unknown[]) => drawn.push(`${name}(${args.join(',')})`)),
      set: (_, name: string, value) => ((contextState[name] = value), true),
    })
    const contextState: Record<string, unknown> = {}
    jest.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(() => context as unknown as CanvasRenderingContext2D)
    jest
      .spyOn(Element.prototype, 'getBoundingClientRect')
      .mockImplementation(() => ({ width: 320, height: 220, top: 0, left: 0, right: 320, bottom: 220, x: 0, y: 0, toJSON: () => ({}) }))
  })
  afterEach(() => jest.restoreAllMocks())

  test('veteran: total, a bar per year drawn on the canvas, and the table for screen readers', async () => {
    await renderAs('veteran', gateway, <PensionPage />)
    const account = pension(veteran, new Date())
    await screen.findByText('个人账户累计')
    expect(screen.getAllByText(formatMoney(account.totalFen)).length).toBeGreaterThan(0)
    expect(screen.getByRole('img', { name: /^养老保险个人账户逐年累计额柱状图：2003年末 ¥/ })).toBeTruthy()
    const table = screen.getByRole('table', { name: '养老保险个人账户逐年明细' })
    expect(within(table).getAllByRole('row')).toHaveLength(account.years.length + 1)
    expect(within(table).getByRole('rowheader', { name: '2003年' })).toBeTruthy()
    await waitFor(() => expect(drawn.filter((call) => call.startsWith('fillRect('))).toHaveLength(account.years.length))
    expect(drawn.filter((call) => call.startsWith('fillText(')).length).toBeGreaterThan(5)
  })

  test('no-records: the empty state, no chart', async () => {
    await renderAs('no-records', gateway, <PensionPage />)
    await screen.findByText('暂无养老保险个人账户记录')
    expect(screen.queryByRole('img')).toBeNull()
  })
})

describe('待遇领取', () => {
  test('veteran: every benefit, newest first, with ¥ and local dates', async () => {
    await renderAs('veteran', gateway, <BenefitsPage />)
    const list = await screen.findByRole('list', { name: /^待遇领取记录，共 2 条$/ })
    const items = within(list).getAllByRole('listitem')
    expect(items.map((item) => within(item).getByText(/·/).textContent)).toEqual(['医疗保险 · 2025年8月14日', '生育保险 · 2008年11月20日'])
    expect(within(items[1]).getByText(formatMoney(benefits(veteran)[1].amountFen))).toBeTruthy()
  })

  test('no-records: the empty state', async () => {
    await renderAs('no-records', gateway, <BenefitsPage />)
    await screen.findByText('暂无待遇领取记录')
  })
})

const PAGES = [
  ['enrolment', RecordsHome, () => screen.findByRole('list', { name: '五险参保状态' })],
  ['medicalAccount', MedicalPage, () => screen.findByRole('group', { name: /^账户余额 / })],
  ['pension', PensionPage, () => screen.findByText('个人账户累计')],
  ['benefits', BenefitsPage, () => screen.findByRole('list', { name: /^待遇领取记录/ })],
] as const

describe.each(PAGES)('fault on %s', (endpoint, Page, loaded) => {
  test.each(FAULT_CASES)(
    '%s: the message, then 重试 loads it',
    async (fault, message) => {
      gateway.setControls({ personaId: 'veteran' })
      gateway.setControls({ fault, faultEndpoint: endpoint })
      await renderAs('veteran', gateway, <Page />)
      await screen.findByText(message)
      gateway.setControls({ fault: 'none' })
      fireEvent.click(await retryButton())
      await loaded()
    },
    FAULT_TEST_TIMEOUT_MS,
  )
})
