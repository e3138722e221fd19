/**
 * 亲情服务 on H5: add a parent with their SMS consent, show the parent's code (decoded), look up their
 * contributions, remove them; the relative's side revokes; a request for someone not on the list is refused;
 * the person acted for is on every page that acts for them; the refusals and a relative's card problems.
 */
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { Current } from '@tarojs/runtime'
import type { ReactElement } from 'react'
import Taro from '@tarojs/taro'
import { call, signOut } from '@/gateway/client'
import { GatewayError } from '@/gateway/errors'
import { LOSS_GUIDANCE } from '@/lib/cardGuidance'
import ShowCodePage from '@/code/show/index'
import FamilyPage from '@/family/index/index'
import AddRelativePage from '@/family/add/index'
import GrantsPage from '@/family/grants/index'
import RecordsHome from '@/records/index/index'
import Contributions from '@/records/contributions/index'
import MedicalAccount from '@/records/medical/index'
import PensionAccount from '@/records/pension/index'
import Benefits from '@/records/benefits/index'
import PayPage from '@/pay/index/index'
import PayOrderPage from '@/pay/order/index'
import PayHistoryPage from '@/pay/history/index'
import CardProgressPage from '@/card/progress/index'
import { TEST_ECARD_PASSWORD, TEST_SMS_CODE, findPersona } from '@mock/data/personas'
import { contributions } from '@mock/data/records'
import { logInAs, withMockGateway } from '@test/support/gateway'
import { keypad, press, type } from '@test/support/flow'
import { decodeShownQr, installCanvas } from '@/code/test/harness'

let clockAheadMs = 0
const { gateway, server } = withMockGateway({ timeoutMs: 2000, now: () => Date.now() + clockAheadMs })
const MOTHER = findPersona('elder')!

/** Every payload the gateway issued for a code. */
let payloads: string[] = []
beforeAll(() => {
  server.events.on('response:mocked', async ({ response, request }) => {
    if (!/\/code$/.test(new URL(request.url).pathname)) return
    const body = (await response.clone().json()) as { data?: { payload?: string } }
    if (body.data?.payload) payloads.push(body.data.payload)
  })
})
beforeEach(() => {
  payloads = []
  clockAheadMs = 0
  installCanvas()
  window.history.replaceState(null, '', '/')
})
afterEach(() => jest.restoreAllMocks())

/** Renders a page where Taro's H5 runtime looks for the current page (the pension chart queries its canvas there). */
function renderPage(page: ReactElement) {
  const container = document.createElement('div')
  container.id = 'family-test-page'
  document.body.appendChild(container)
  Current.page = { path: container.id } as typeof Current.page
  return render(page, { container })
}
const openFor = (path: string, relativeId: string) => window.history.replaceState(null, '', `${path}${path.includes('?') ? '&' : '?'}for=${relativeId}`)
const confirmModals = () =>
  jest.spyOn(Taro, 'showModal').mockResolvedValue({ confirm: true, cancel: false, errMsg: 'showModal:ok' } as Taro.showModal.SuccessCallbackResult)
const relativeIdOf = async (label: string) => {
  const { relatives } = await call('familyList', {})
  const found = relatives.find((r) => `${r.relation}:${r.nameMasked}` === label)
  if (!found) throw new Error(`no relative ${label}`)
  return found.relativeId
}

async function addMother() {
  render(<AddRelativePage />)
  await type('姓名', ` 杨 秀 兰`)
  await type('身份证号', '5301 0219 4805 0600 28')
  press('下一步')
  await screen.findByText('第 2 步，共 3 步：亲属同意')
  press('获取验证码')
  // The SMS goes to the mother's own phone, shown masked.
  await screen.findByText(`${MOTHER.phone.slice(0, 3)}****${MOTHER.phone.slice(7)}`)
  await type('验证码', TEST_SMS_CODE)
  press('验证')
  await screen.findByText('已添加母亲 杨*兰')
}

test('a holder adds their mother with her SMS consent, shows her identity code (decoded) with her name on screen, and looks up her contributions', async () => {
  await logInAs(gateway, 'level2')
  await addMother()
  const motherId = await relativeIdOf('parent:杨*兰')
  screen.getByText('为母亲 杨*兰出示二维码')

  openFor('/code/show/index', motherId)
  const code = render(<ShowCodePage />)
  await screen.findByText('出示：母亲 杨*兰')
  // The holder's own password authorises; a parent's code is the identity code only (no 支付码 for this relationship).
  await screen.findByText('请输入您本人的电子社保卡密码')
  expect(screen.queryByText('支付码')).toBeNull()
  await keypad(TEST_ECARD_PASSWORD)
  await waitFor(() => expect(screen.queryByLabelText('电子社保卡二维码，请出示给扫码设备')).not.toBeNull())
  expect(decodeShownQr()).toBe(payloads[0])
  expect(gateway.state.codes[payloads[0].split('.')[1]].onBehalfOf).toBe(motherId)
  screen.getByText('出示：母亲 杨*兰')
  code.unmount()

  openFor('/records/contributions/index', motherId)
  render(<Contributions />)
  await screen.findByText('查看：母亲 杨*兰')
  const newest = contributions(MOTHER, new Date())[0]
  const [year, month] = newest.month.split('-').map(Number)
  expect((await screen.findAllByText(`${year}年${month}月 · 养老保险`)).length).toBeGreaterThan(0)
  expect(screen.getByRole('list', { name: `缴费记录，共 ${contributions(MOTHER, new Date()).length} 条` })).toBeTruthy()
})

test('the person acted for is named on every page that acts for them, and the switcher offers 本人 and each relative', async () => {
  await logInAs(gateway, 'family')
  const motherId = await relativeIdOf('parent:杨*兰')
  const order = await call('payOrderCreate', { onBehalfOf: motherId, year: (await call('payables', { onBehalfOf: motherId })).year, personIds: ['p-self'] })
  const pages = [
    ['/code/show/index', <ShowCodePage key="code" />, '出示'],
    ['/records/index/index', <RecordsHome key="records" />, '查看'],
    ['/records/contributions/index', <Contributions key="contributions" />, '查看'],
    ['/records/medical/index', <MedicalAccount key="medical" />, '查看'],
    ['/records/pension/index', <PensionAccount key="pension" />, '查看'],
    ['/records/benefits/index', <Benefits key="benefits" />, '查看'],
    ['/pay/index/index', <PayPage key="pay" />, '缴费'],
    [`/pay/order/index?order=${order.orderId}`, <PayOrderPage key="order" />, '缴费'],
    ['/pay/history/index', <PayHistoryPage key="history" />, '查看'],
    ['/card/progress/index', <CardProgressPage key="card-list" />, '查看'],
    ['/card/progress/index?id=app-seed-1', <CardProgressPage key="card-progress" />, '查看'],
  ] as const
  for (const [path, page, verb] of pages) {
    openFor(path, motherId)
    const view = renderPage(page)
    await screen.findByText(`${verb}：母亲 杨*兰`)
    const switcher = screen.getByRole('button', { name: '为谁办理：母亲 杨*兰' })
    expect(switcher.getAttribute('aria-pressed')).toBe('true')
    screen.getByRole('button', { name: '为谁办理：本人' })
    screen.getByRole('button', { name: '为谁办理：父亲 张*福' })
    view.unmount()
  }
  // The switcher opens the same page for the other person, in the route.
  const redirect = jest.spyOn(Taro, 'redirectTo').mockResolvedValue({ errMsg: 'redirectTo:ok' })
  openFor('/records/index/index', motherId)
  render(<RecordsHome />)
  fireEvent.click(await screen.findByRole('button', { name: '为谁办理：本人' }))
  expect(redirect).toHaveBeenCalledWith({ url: '/records/index/index' })
  // The ways into the queries keep the person.
  expect(screen.getByRole('link', { name: '缴费记录' })).toBeTruthy()
})

test('removing a relative: asked first, then gone from the list; the gateway refuses to act for them afterwards', async () => {
  await logInAs(gateway, 'family')
  const motherId = await relativeIdOf('parent:杨*兰')
  const modal = confirmModals()
  render(<FamilyPage />)
  const mother = await screen.findByRole('group', { name: '母亲 杨*兰' })
  within(mother).getByText('5301**********0028')
  // Her insurance is paid from here, for her.
  const navigate = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' })
  fireEvent.click(within(mother).getByRole('link', { name: '代缴医保' }))
  expect(navigate).toHaveBeenCalledWith({ url: `/pay/index/index?for=${motherId}` })
  fireEvent.click(within(mother).getByLabelText('删除母亲 杨*兰'))
  await waitFor(() => expect(screen.queryByRole('group', { name: '母亲 杨*兰' })).toBeNull())
  expect(modal).toHaveBeenCalledWith(expect.objectContaining({ title: '删除亲属' }))
  screen.getByRole('group', { name: '父亲 张*福' })
  await expect(call('enrolment', { onBehalfOf: motherId })).rejects.toMatchObject({ code: 'RELATIVE_NOT_ON_LIST' })
})

test('the relative’s side: the elderly mother sees the two children who may act for her and revokes one', async () => {
  await logInAs(gateway, 'elder')
  confirmModals()
  render(<GrantsPage />)
  const son = await screen.findByRole('group', { name: '儿子 张*明' })
  screen.getByRole('group', { name: '女儿 张*芳' })
  fireEvent.click(within(son).getByLabelText('取消儿子 张*明的授权'))
  await waitFor(() => expect(screen.queryByRole('group', { name: '儿子 张*明' })).toBeNull())
  screen.getByRole('group', { name: '女儿 张*芳' })
  expect(await call('familyGrants', {})).toHaveLength(1)
})

test('a request for someone not on the list is refused by the gateway, and the page says so', async () => {
  await logInAs(gateway, 'level2')
  const refused = await call('enrolment', { onBehalfOf: 'rel-a' }).catch((error: unknown) => error)
  expect(refused).toBeInstanceOf(GatewayError)
  expect(refused).toMatchObject({ code: 'RELATIVE_NOT_ON_LIST' })
  openFor('/records/index/index', 'rel-a')
  render(<RecordsHome />)
  await screen.findByText('查看：未添加的亲属')
  await screen.findByText('对方不在您的亲属名单中')
})

test('refusals at adding: at the limit, no e-card, a minor without confirmed guardianship, consent expired', async () => {
  await logInAs(gateway, 'family-full')
  render(<FamilyPage />)
  await screen.findByText('已添加 8 人，最多 8 人')
  screen.getByText('已达上限，请先删除不再代办的亲属。')
  await expect(call('familyAdd', { relation: 'parent', name: '王建国', idNumber: '370902195803120013' })).rejects.toMatchObject({ code: 'FAMILY_FULL' })

  await act(() => logInAs(gateway, 'level2'))
  const view = render(<AddRelativePage />)
  await type('姓名', '王建国')
  await type('身份证号', '370902195803120013')
  press('下一步')
  await screen.findByText('对方还没有领取电子社保卡。请对方先用自己的手机申领电子社保卡，再来添加。')
  await type('姓名', '刘小宇')
  await type('身份证号', '530102201506010031')
  press('下一步')
  await screen.findByText('未能核实您是其监护人。请携带户口簿到社保经办网点办理。')
  await type('姓名', '李晓雯')
  await type('身份证号', '530102199909090080')
  press('下一步')
  await screen.findByText('对方的代办人数已满。请对方在“谁可以为我代办”中取消不再需要的授权后再添加。')
  // A typo in the ID number: the checksum is caught by the field, nothing is sent.
  await type('身份证号', '530102194805060029')
  press('下一步')
  await screen.findByText('身份证号校验位不正确，请逐位核对')
  view.unmount()
})

test('the consent expires after ten minutes: the page says so and starts again', async () => {
  await logInAs(gateway, 'level2')
  render(<AddRelativePage />)
  await type('姓名', '杨秀兰')
  await type('身份证号', '530102194805060028')
  press('下一步')
  await screen.findByText('第 2 步，共 3 步：亲属同意')
  clockAheadMs = 9 * 60_000
  press('获取验证码')
  await screen.findByText(/验证码已发送至/)
  await type('验证码', TEST_SMS_CODE)
  clockAheadMs = 11 * 60_000
  press('验证')
  await screen.findByText('亲属同意已超时')
  press('重新添加')
  await screen.findByText('第 1 步，共 3 步：填写亲属信息')
})

test('a relative whose card is lost, cancelled or locked: what it means, and what the relative must do', async () => {
  await logInAs(gateway, 'family-full')
  const { relatives } = await call('familyList', {})
  const idOf = (nameMasked: string) => relatives.find((r) => r.nameMasked === nameMasked)!.relativeId
  openFor('/code/show/index', idOf('赵*兰'))
  let view = render(<ShowCodePage />)
  await screen.findByText('亲属 赵*兰的社保卡已挂失，暂不能代办')
  screen.getByText(`下一步：${LOSS_GUIDANCE.lift}`)
  view.unmount()
  openFor('/records/index/index', idOf('钱*梅'))
  view = render(<RecordsHome />)
  await screen.findByText('亲属 钱*梅的社保卡已注销，不能代办')
  await screen.findByText(/^下一步：需亲属 钱\*梅本人办理/)
  view.unmount()
  openFor('/code/show/index', idOf('孙*新'))
  render(<ShowCodePage />)
  await screen.findByText('亲属 孙*新的电子社保卡密码已锁定，暂不能代办')
  screen.getByText(/请亲属 孙\*新本人在自己的手机上通过人脸识别或短信验证码重置密码/)
})

test('following the mother’s physical card from 亲情服务: her applications, her new card waiting at the outlet, what to bring', async () => {
  await logInAs(gateway, 'family')
  const motherId = await relativeIdOf('parent:杨*兰')
  const navigate = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' })
  render(<FamilyPage />)
  fireEvent.click(within(await screen.findByRole('group', { name: '母亲 杨*兰' })).getByRole('link', { name: '实体卡办理进度' }))
  expect(navigate).toHaveBeenLastCalledWith({ url: `/card/progress/index?for=${motherId}` })
  cleanup()

  openFor('/card/progress/index', motherId)
  const list = renderPage(<CardProgressPage />)
  await screen.findByText('查看：母亲 杨*兰')
  fireEvent.click(await screen.findByRole('link', { name: '本人 · 补换卡 · 杨*兰，待领取' }))
  expect(navigate).toHaveBeenLastCalledWith({ url: `/card/progress/index?id=app-seed-1&for=${motherId}` })
  list.unmount()

  openFor('/card/progress/index?id=app-seed-1', motherId)
  renderPage(<CardProgressPage />)
  await screen.findByText('社保卡已到网点，可以领取了')
  screen.getByText('查看：母亲 杨*兰')
  screen.getByText('带什么：本人身份证原件')
  // Her application is hers: the resident's own physical card is not touched.
  expect(Object.keys(gateway.state.physicalCards ?? {})).toEqual([motherId])
  await expect(call('cardApplications', { onBehalfOf: 'rel-zz' })).rejects.toMatchObject({ code: 'RELATIVE_NOT_ON_LIST' })
})

test('a guardian shows the minor child’s code; nothing of a relative stays cached after sign-out', async () => {
  await logInAs(gateway, 'guardian')
  const { relatives } = await call('familyList', {})
  expect(relatives).toEqual([expect.objectContaining({ relation: 'child', nameMasked: '刘*宇', paymentCode: true })])
  openFor('/code/show/index', relatives[0].relativeId)
  render(<ShowCodePage />)
  await screen.findByText('出示：儿子 刘*宇')
  await keypad(TEST_ECARD_PASSWORD)
  await waitFor(() => expect(decodeShownQr()).toBe(payloads[0]))
  await act(() => signOut())
  // Another resident signs in on this device: the list is theirs, nothing of the child's is shown again.
  await act(() => logInAs(gateway, 'level2'))
  render(<FamilyPage />)
  await screen.findByText('还没有添加亲属')
  expect(screen.queryByText(/刘\*宇/)).toBeNull()
})
