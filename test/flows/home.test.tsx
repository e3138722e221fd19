import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { http, HttpResponse } from 'msw'
import * as platform from '@/platform'
import { useCityStore } from '@/city/store'
import Home from '@/pages/home/index'
import { search, searchBox } from '@test/support/flow'
import { pageLifecycle } from '../support/taro'
import { FAULT_CASES, FAULT_TEST_TIMEOUT_MS, retryButton, logInAs as logInWith, withMockGateway } from '../support/gateway'

jest.mock('@/platform', () => ({ ...jest.requireActual<typeof import('@/platform')>('@/platform'), getLocation: jest.fn() }))
const getLocation = jest.mocked(platform.getLocation)

const { gateway, server } = withMockGateway()

beforeEach(() => {
  useCityStore.setState({ cityId: null })
  window.history.replaceState(null, '', '/')
  getLocation.mockReset().mockResolvedValue(null)
})
afterEach(() => {
  server.resetHandlers()
  jest.restoreAllMocks()
})

const openLink = (search: string) => window.history.replaceState(null, '', `/${search}`)
const currentCity = () => screen.findByRole('button', { name: /^当前城市/ })
const tile = (name: string) => screen.findByRole('button', { name: new RegExp(`^${name}`) })

const logInAs = (personaId: string) => logInWith(gateway, personaId)

describe('city', () => {
  test('a shared link ?city=kunming opens Kunming, is remembered and stays in the address bar', async () => {
    useCityStore.setState({ cityId: 'taian' })
    openLink('?city=kunming&persona=level2')
    render(<Home />)
    expect((await currentCity()).getAttribute('aria-label')).toBe('当前城市昆明，切换城市')
    expect(screen.getByText('来自您打开的链接')).toBeTruthy()
    expect((await tile('药店扫码支付')).getAttribute('aria-label')).toBe('药店扫码支付')
    expect(useCityStore.getState().cityId).toBe('kunming')
    expect(new URLSearchParams(window.location.search).get('city')).toBe('kunming')
    expect(getLocation).not.toHaveBeenCalled()
  })

  test('without a link the last choice is used, and no location is asked', async () => {
    useCityStore.setState({ cityId: 'hefei' })
    render(<Home />)
    expect((await currentCity()).getAttribute('aria-label')).toContain('合肥')
    expect(getLocation).not.toHaveBeenCalled()
    expect(new URLSearchParams(window.location.search).get('city')).toBe('hefei')
  })

  test('with nothing chosen, the nearest city to the user is suggested', async () => {
    getLocation.mockResolvedValue({ latitude: 31.86, longitude: 117.28 })
    render(<Home />)
    expect((await currentCity()).getAttribute('aria-label')).toContain('合肥')
    expect(screen.getByText('已根据您的位置推荐')).toBeTruthy()
    expect(useCityStore.getState().cityId).toBe('hefei')
  })

  test('location refused: the picker lists every city and the choice is remembered', async () => {
    render(<Home />)
    const picker = await screen.findByRole('radiogroup', { name: '选择城市' })
    expect(screen.getByText('请选择您所在的城市，我们会记住您的选择。')).toBeTruthy()
    expect(
      within(picker)
        .getAllByRole('radio')
        .map((r) => r.getAttribute('aria-label')),
    ).toEqual(['山东省泰安', '云南省昆明', '安徽省合肥'])
    expect(screen.queryByLabelText('搜索服务')).toBeNull()

    fireEvent.click(within(picker).getByRole('radio', { name: '山东省泰安' }))
    expect((await currentCity()).getAttribute('aria-label')).toContain('泰安')
    expect(await tile('申领电子社保卡')).toBeTruthy()
    expect(useCityStore.getState().cityId).toBe('taian')
    expect(new URLSearchParams(window.location.search).get('city')).toBe('taian')
  })

  test('the picker switches city and reloads its services', async () => {
    openLink('?city=taian')
    render(<Home />)
    expect((await tile('药店扫码支付')).getAttribute('aria-label')).toBe('药店扫码支付，本市暂未开通')
    fireEvent.click(await currentCity())
    fireEvent.click(screen.getByRole('radio', { name: '云南省昆明' }))
    await waitFor(async () => expect((await tile('药店扫码支付')).getAttribute('aria-label')).toBe('药店扫码支付'))
    expect(useCityStore.getState().cityId).toBe('kunming')
    expect(screen.queryByRole('radiogroup')).toBeNull()
  })

  test('an unknown city in the link gets a clear message and the picker', async () => {
    useCityStore.setState({ cityId: 'taian' })
    openLink('?city=beijing')
    render(<Home />)
    expect((await screen.findByRole('alert')).textContent).toContain('暂不支持链接中的城市“beijing”')
    expect(screen.getByRole('radiogroup', { name: '选择城市' })).toBeTruthy()
    expect(useCityStore.getState().cityId).toBe('taian')
    fireEvent.click(screen.getByRole('radio', { name: '安徽省合肥' }))
    expect((await currentCity()).getAttribute('aria-label')).toContain('合肥')
    expect(screen.queryByText(/暂不支持/)).toBeNull()
  })
})

describe('services', () => {
  test('the grid groups services by category; a service not switched on explains itself and does not navigate', async () => {
    const navigate = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' })
    openLink('?city=taian')
    render(<Home />)
    await tile('申领电子社保卡')
    expect(screen.getAllByText(/^(电子社保卡|社保查询|医保服务|卡片服务)$/).map((e) => e.textContent)).toEqual([
      '电子社保卡',
      '社保查询',
      '医保服务',
      '卡片服务',
    ])
    expect(screen.getAllByText('本市暂未开通')).toHaveLength(2)

    fireEvent.click(await tile('药店扫码支付'))
    expect(screen.getByRole('alert').textContent).toContain('“药店扫码支付”泰安暂未开通')
    expect(navigate).not.toHaveBeenCalled()

    fireEvent.click(await tile('服务网点'))
    expect(navigate).toHaveBeenCalledWith({ url: '/outlets/list/index?city=taian' })
    expect(screen.queryByRole('alert')).toBeNull()
  })

  test('search finds services by name and by keyword, says so when nothing matches, and clears', async () => {
    openLink('?city=hefei')
    render(<Home />)
    await tile('申领电子社保卡')

    await search('挂失')
    expect(screen.getByText('搜索结果（2）')).toBeTruthy()
    expect(screen.getAllByRole('button', { name: /挂失/ }).map((b) => b.getAttribute('aria-label'))).toEqual(['临时挂失', '解除挂失'])
    expect(screen.queryByRole('button', { name: /^申领电子社保卡/ })).toBeNull()

    await search('丢卡')
    expect((await tile('临时挂失')).getAttribute('aria-label')).toBe('临时挂失')

    await search('买药')
    expect((await tile('药店扫码支付')).getAttribute('aria-label')).toBe('药店扫码支付，本市暂未开通')

    await search('公积金')
    expect(screen.getByText('没有找到与“公积金”相关的服务')).toBeTruthy()

    fireEvent.click(screen.getByRole('button', { name: '清除搜索' }))
    expect(await tile('申领电子社保卡')).toBeTruthy()
  })

  test('search understands the words residents use, the placeholder examples first', async () => {
    openLink('?city=taian')
    render(<Home />)
    await tile('申领电子社保卡')
    const input = await searchBox()
    const examples = (input.getAttribute('placeholder') ?? '').replace(/^.*如\s*/, '').split('、')
    expect(examples.length).toBeGreaterThan(1)
    for (const example of examples) {
      await search(example)
      expect(screen.getByText(/^搜索结果/)).toBeTruthy()
    }
    const expected: Array<[string, string]> = [
      ['医保余额', '医保个人账户'],
      ['社保卡激活', '社保卡密码激活，本市暂未开通'],
      ['补办', '补换社保卡'],
      ['挂失解除', '解除挂失'],
      ['怎么交社保', '缴费记录'],
      ['医保\u3000余额', '医保个人账户'],
    ]
    for (const [words, first] of expected) {
      await search(words)
      expect(
        screen
          .getAllByRole('button')
          .find((b) => b.classList.contains('service-tile'))
          ?.getAttribute('aria-label'),
      ).toBe(first)
    }
  })

  test('a service the app does not offer says where to go instead', async () => {
    openLink('?city=taian')
    render(<Home />)
    await tile('申领电子社保卡')
    await search('异地就医')
    expect(screen.getByText('没有找到与“异地就医”相关的服务')).toBeTruthy()
    expect(screen.getByText(/泰安的这项业务可能需要到服务网点办理/)).toBeTruthy()
    expect(screen.getByLabelText('查找社保经办网点')).toBeTruthy()
    expect(screen.getByLabelText('拨打 12333 咨询')).toBeTruthy()
  })

  test('notices open in place', async () => {
    openLink('?city=hefei')
    render(<Home />)
    const notice = await screen.findByRole('button', { expanded: false, name: /初始密码/ })
    fireEvent.click(notice)
    expect(notice.getAttribute('aria-expanded')).toBe('true')
    expect(screen.getByText(/连续输错 10 次将被锁定/)).toBeTruthy()
  })

  test('an empty catalogue says so and points to 12333', async () => {
    server.use(
      http.get(`${GATEWAY_BASE_URL}/cities/:cityId/services`, () =>
        HttpResponse.json({ code: 'OK', message: 'ok', traceId: 't', data: { cityId: 'taian', categories: [] } }),
      ),
    )
    openLink('?city=taian')
    render(<Home />)
    expect(await screen.findByText('泰安暂未上线线上服务')).toBeTruthy()
    expect(screen.getByRole('link', { name: '拨打人社服务热线 12333' }).getAttribute('href')).toBe('tel:12333')
  })
})

describe('e-card at a glance', () => {
  test('an H5 visitor without a session sees 登录后查看, not an error', async () => {
    openLink('?city=taian')
    render(<Home />)
    expect(await screen.findByRole('link', { name: '我的电子社保卡，登录后查看' })).toBeTruthy()
    expect(screen.queryByRole('alert')).toBeNull()
  })

  test('back on home after logging in elsewhere, the state is read again', async () => {
    openLink('?city=taian')
    render(<Home />)
    await screen.findByRole('link', { name: '我的电子社保卡，登录后查看' })
    await logInAs('level1')
    act(() => pageLifecycle.show())
    expect(await screen.findByRole('link', { name: '我的电子社保卡，已申领' })).toBeTruthy()
  })

  test.each([
    ['new', '未申领'],
    ['level1', '已申领'],
    ['level2', '已开通缴费结算'],
    ['lost', '已挂失'],
    ['cancelled', '已注销'],
  ])('persona %s shows %s', async (personaId, text) => {
    await logInAs(personaId)
    openLink('?city=taian')
    render(<Home />)
    expect(await screen.findByRole('link', { name: `我的电子社保卡，${text}` })).toBeTruthy()
  })
})

describe('faults', () => {
  test.each(FAULT_CASES)(
    '%s: a clear message, and 重试 recovers',
    async (fault, message) => {
      gateway.setControls({ fault })
      openLink('?city=kunming')
      render(<Home />)
      const alert = await screen.findByRole('alert', {}, { timeout: 3000 })
      expect(alert.textContent).toContain(message)
      if (fault === 'offline') expect(alert.textContent).toContain('网络未连接')
      gateway.setControls({ fault: 'none' })
      const retry = await retryButton(alert)
      await act(async () => fireEvent.click(retry))
      expect(await tile('药店扫码支付')).toBeTruthy()
      expect(screen.queryByRole('alert')).toBeNull()
    },
    FAULT_TEST_TIMEOUT_MS,
  )

  test('a fault on the catalogue alone keeps the city and the notices, with 重试 on the grid', async () => {
    gateway.setControls({ fault: 'server-error', faultEndpoint: 'catalogue' })
    openLink('?city=kunming')
    render(<Home />)
    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toContain('服务暂时不可用')
    expect(await screen.findByText('电子社保卡药店扫码支付扩大试点')).toBeTruthy()
    expect((await currentCity()).getAttribute('aria-label')).toContain('昆明')
    gateway.setControls({ fault: 'none' })
    fireEvent.click(within(alert).getByText('重试'))
    expect(await tile('药店扫码支付')).toBeTruthy()
  })

  test('an expired session re-authenticates and the card state still shows', async () => {
    await logInAs('level1')
    gateway.setControls({ fault: 'session-expired' })
    openLink('?city=taian')
    render(<Home />)
    expect(await screen.findByRole('link', { name: '我的电子社保卡，已申领' })).toBeTruthy()
  })
})
