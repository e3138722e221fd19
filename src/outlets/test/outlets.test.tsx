import { act, fireEvent, render, screen, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import * as platform from '@/platform'
import { useCityStore } from '@/city/store'
import OutletsList from '@/outlets/list/index'
import OutletDetailPage from '@/outlets/detail/index'
import { FAULT_CASES, FAULT_TEST_TIMEOUT_MS, retryButton, withMockGateway } from '@test/support/gateway'

jest.mock('@/platform', () => ({ ...jest.requireActual<typeof import('@/platform')>('@/platform'), getLocation: jest.fn() }))
const getLocation = jest.mocked(platform.getLocation)

const { gateway } = withMockGateway()

/** Near 五华区 in Kunming. */
const WUHUA = { latitude: 25.04, longitude: 102.71 }

beforeEach(() => {
  useCityStore.setState({ cityId: 'kunming' })
  window.history.replaceState(null, '', '/outlets/list/index')
  getLocation.mockReset().mockResolvedValue(null)
})
afterEach(() => jest.restoreAllMocks())

const openLink = (path: string) => window.history.replaceState(null, '', path)
const outletNames = async () => {
  await screen.findAllByRole('link', { name: /./ })
  return screen.getAllByRole('link').map((cell) => cell.querySelector('.outlet-cell__name')?.textContent)
}
const chip = (name: string) => screen.getByRole('button', { name })

describe('outlets list', () => {
  test('with the user’s position: nearest first, with distances', async () => {
    getLocation.mockResolvedValue(WUHUA)
    render(<OutletsList />)
    expect(await screen.findByText('按离您的距离由近到远排列')).toBeTruthy()
    expect(await outletNames()).toEqual(['五华区人力资源和社会保障服务中心', '盘龙区人社服务大厅', '昆明市民中心'])
    expect(screen.getAllByRole('link')[0].getAttribute('aria-label')).toMatch(/^五华区人力资源和社会保障服务中心，距您\d+ 米$/)
    expect(screen.getAllByRole('link')[2].getAttribute('aria-label')).toMatch(/，距您\d+ 公里$/)
  })

  test('without a position: a short explanation, district order, and 重新定位 sorts by distance', async () => {
    render(<OutletsList />)
    expect(await screen.findByText('未能获取您的位置（未授权或定位不可用），网点按区县排列。')).toBeTruthy()
    expect(await outletNames()).toEqual(['昆明市民中心', '盘龙区人社服务大厅', '五华区人力资源和社会保障服务中心'])
    expect(screen.queryByText(/公里|米$/)).toBeNull()

    getLocation.mockResolvedValue(WUHUA)
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '重新定位' })))
    expect(await screen.findByText('按离您的距离由近到远排列')).toBeTruthy()
    expect((await outletNames())[0]).toBe('五华区人力资源和社会保障服务中心')
  })

  test('filters by district and by service, and says when nothing matches', async () => {
    render(<OutletsList />)
    await outletNames()
    fireEvent.click(chip('区县：五华区'))
    expect(chip('区县：五华区').getAttribute('aria-pressed')).toBe('true')
    expect(await outletNames()).toEqual(['五华区人力资源和社会保障服务中心'])

    fireEvent.click(chip('区县：全部区县'))
    fireEvent.click(await screen.findByRole('button', { name: '业务：药店扫码支付' }))
    expect(await outletNames()).toEqual(['昆明市民中心'])

    fireEvent.click(chip('区县：盘龙区'))
    expect(screen.getByText('没有符合条件的网点')).toBeTruthy()
  })

  test.each(['社保卡密码解锁', '解除挂失', '补换社保卡', '金融账户启用'])(
    'the service filter offers %s (a job the app sends residents to a counter for), and it finds outlets',
    async (service) => {
      render(<OutletsList />)
      await outletNames()
      fireEvent.click(await screen.findByRole('button', { name: `业务：${service}` }))
      expect(chip(`业务：${service}`).getAttribute('aria-pressed')).toBe('true')
      expect((await outletNames()).length).toBeGreaterThan(0)
    },
  )

  test('a deep link sets the city and the filters', async () => {
    openLink('/outlets/list/index?city=hefei&service=bank')
    render(<OutletsList />)
    expect((await screen.findByRole('button', { name: '业务：开通缴费结算' })).getAttribute('aria-pressed')).toBe('true')
    expect(await outletNames()).toEqual(['合肥市政务服务中心', '合肥社保卡服务银行网点（金寨路）'])
    expect(useCityStore.getState().cityId).toBe('kunming')
  })

  test('an outlet opens its detail page with city and id in the path', async () => {
    const navigate = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' })
    render(<OutletsList />)
    await outletNames()
    fireEvent.click(screen.getByRole('link', { name: /^盘龙区人社服务大厅/ }))
    expect(navigate).toHaveBeenCalledWith({ url: '/outlets/detail/index?city=kunming&id=km-panlong' })
  })

  test('without any city, the page asks to choose one on the home page', async () => {
    useCityStore.setState({ cityId: null })
    render(<OutletsList />)
    expect(screen.getByText('请先选择城市')).toBeTruthy()
    expect(screen.getByText('去首页选择城市')).toBeTruthy()
  })

  test('an unknown city in the link is said plainly', async () => {
    openLink('/outlets/list/index?city=beijing')
    render(<OutletsList />)
    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toContain('暂不支持该城市')
    expect(within(alert).queryByText('重试')).toBeNull()
  })

  test.each(FAULT_CASES)(
    'fault %s: a clear message, and 重试 recovers',
    async (fault, message) => {
      gateway.setControls({ fault, faultEndpoint: 'outlets' })
      render(<OutletsList />)
      const alert = await screen.findByRole('alert', {}, { timeout: 3000 })
      expect(alert.textContent).toContain(message)
      gateway.setControls({ fault: 'none' })
      const retry = await retryButton(alert)
      await act(async () => fireEvent.click(retry))
      expect(await outletNames()).toHaveLength(3)
    },
    FAULT_TEST_TIMEOUT_MS,
  )
})

describe('outlet detail', () => {
  /** Monday 2026-11-23 10:00 and Sunday 2026-11-22 10:00 in Shanghai. */
  const MONDAY_10 = Date.parse('2026-11-23T02:00:00Z')
  const SUNDAY_10 = Date.parse('2026-11-22T02:00:00Z')

  test('address, hours, open now, phone, services and the map link', async () => {
    jest.spyOn(Date, 'now').mockReturnValue(MONDAY_10)
    openLink('/outlets/detail/index?city=kunming&id=km-civic')
    render(<OutletDetailPage />)
    expect(await screen.findByText('昆明市民中心')).toBeTruthy()
    expect(screen.getByText('昆明市呈贡区锦绣大街 1 号')).toBeTruthy()
    expect(screen.getByText('周一至周五 09:00–17:30')).toBeTruthy()
    expect(screen.getByText('周六 09:00–12:00')).toBeTruthy()
    expect(screen.getByText('营业中')).toBeTruthy()
    expect(screen.getByText('今日 09:00–17:30')).toBeTruthy()
    expect(screen.getByRole('link', { name: '拨打昆明市民中心电话 0871-63112333' }).getAttribute('href')).toBe('tel:0871-63112333')
    const services = await screen.findByRole('list', { name: '可办业务' })
    expect(
      within(services)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(expect.arrayContaining(['申领电子社保卡', '社保卡密码激活', '临时挂失', '开通缴费结算', '药店扫码支付']))
    const map = screen.getByRole('link', { name: '在地图中查看并导航到昆明市民中心' })
    expect(map.getAttribute('href')).toMatch(/^https:\/\/uri\.amap\.com\/marker\?position=102\.8327%2C24\.8808&name=/)
  })

  test('closed on Sunday', async () => {
    jest.spyOn(Date, 'now').mockReturnValue(SUNDAY_10)
    openLink('/outlets/detail/index?city=kunming&id=km-civic')
    render(<OutletDetailPage />)
    expect(await screen.findByText('已休息')).toBeTruthy()
    expect(screen.getByText('今日不营业')).toBeTruthy()
  })

  test('an unknown outlet id says so', async () => {
    openLink('/outlets/detail/index?city=kunming&id=nowhere')
    render(<OutletDetailPage />)
    expect(await screen.findByText('没有找到这个网点，它可能已经调整或搬迁')).toBeTruthy()
  })

  test('a fault on the detail page offers 重试', async () => {
    gateway.setControls({ fault: 'offline', faultEndpoint: 'outlets' })
    openLink('/outlets/detail/index?city=hefei&id=hf-luyang')
    render(<OutletDetailPage />)
    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toContain('网络未连接')
    gateway.setControls({ fault: 'none' })
    await act(async () => fireEvent.click(within(alert).getByText('重试')))
    expect(await screen.findByText('庐阳区社保经办中心')).toBeTruthy()
  })
})
