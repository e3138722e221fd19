/**
 * The physical card on H5: apply with a photo and outlet collection, apply with mailing, every production stage,
 * a refused photo retaken, the replacement after a loss (fee paid, confirmed by the gateway) and a guardian's
 * application for a child; the photo's faults; the photo never reaches storage.
 */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import * as platform from '@/platform'
import * as photo from '@/platform/photo'
import ApplyPage from '@/card/apply/index'
import CardIndex from '@/card/index/index'
import ProgressPage from '@/card/progress/index'
import Loss from '@/manage/loss/index'
import { call } from '@/gateway/client'
import { invalidate } from '@/gateway/hooks'
import { tester } from '@/ui/tester'
import { useCardStatus } from '@/identity/cardStatus'
import { View } from '@tarojs/components'
import { countRequests, logInAs, mock, press, setupClaimTestGateway, type } from '@test/support/flow'

jest.mock('@/platform', () => ({ ...jest.requireActual<typeof import('@/platform')>('@/platform'), getLocation: jest.fn(), makePhoneCall: jest.fn() }))
jest.mock('@/platform/photo', () => ({ choosePhoto: jest.fn() }))
const choosePhoto = jest.mocked(photo.choosePhoto)
const getLocation = jest.mocked(platform.getLocation)

setupClaimTestGateway()

/** Bytes that stand for a JPEG: what matters is that they never land in storage or in the mock's state. */
const IMAGE = btoa('JFIF-card-photo-'.repeat(200))
const GOOD = { base64: IMAGE, bytes: 40_000, width: 358, height: 441, previewSrc: 'data:image/jpeg;base64,AAAA' }

beforeEach(() => {
  choosePhoto.mockClear()
  getLocation.mockResolvedValue(null)
  choosePhoto.mockResolvedValue({ kind: 'chosen', photo: GOOD })
  jest.spyOn(Taro, 'redirectTo').mockResolvedValue({ errMsg: 'redirectTo:ok' })
})

/** The tester panel's 推进制卡进度: the mock moves on, the pages showing the application ask again. */
function advanceAsThePanelDoes() {
  act(() => {
    mock.gateway.advanceCardStage()
    invalidate('cardProgress')
  })
}

const open = (path: string) => window.history.replaceState(null, '', path)
const chip = (group: string, label: string) => fireEvent.click(screen.getByRole('button', { name: `${group}：${label}` }))
const redirectedTo = () => (jest.mocked(Taro.redirectTo).mock.calls.at(-1)?.[0] as { url: string } | undefined)?.url

/** Nothing of the image anywhere the app or the mock keeps things. */
function expectNoImageStored() {
  expect(JSON.stringify(mock.gateway.state)).not.toContain(IMAGE.slice(0, 40))
  for (let i = 0; i < window.localStorage.length; i++) expect(window.localStorage.getItem(window.localStorage.key(i) ?? '')).not.toContain(IMAGE.slice(0, 40))
}

async function photoStep() {
  press('下一步')
  await screen.findByText('请准备本人近期二寸白底彩色免冠正面照片')
  press('拍摄或选择照片')
  await screen.findByText('照片尺寸符合要求。请确认背景是白色的。')
  press('上传照片')
  await screen.findByText('社保卡同时是这家银行的借记卡，领卡后需到该银行网点启用金融账户。')
}

describe('apply', () => {
  test('first card with a photo and collection at the nearest outlet: masked data, checks before upload, free', async () => {
    await logInAs('no-card')
    getLocation.mockResolvedValue({ latitude: 36.1949, longitude: 117.1301 })
    open('/card/apply/index')
    const { container } = render(<ApplyPage />)
    expect(await screen.findByText('刘*兰')).toBeTruthy()
    expect(screen.getByText('3709**********0063')).toBeTruthy()
    expect(container.textContent).not.toMatch(/370902196204150063|13905384321/)
    press('下一步')
    // A landscape photo that is too small: said why, nothing uploaded.
    const slots = countRequests('/physical-card/photo-slots')
    choosePhoto.mockResolvedValueOnce({ kind: 'chosen', photo: { ...GOOD, width: 640, height: 480 } })
    press('拍摄或选择照片')
    expect(await screen.findByText(/照片应为竖向的二寸照/)).toBeTruthy()
    expect(screen.queryByText('上传照片')).toBeNull()
    expect(slots.count).toBe(0)
    press('重新拍摄或选择')
    await screen.findByText('照片尺寸符合要求。请确认背景是白色的。')
    press('上传照片')
    await screen.findByText(/借记卡/)
    press('下一步')
    expect(await screen.findByText('请选择开户银行')).toBeTruthy()
    chip('开户银行', '中国建设银行')
    press('下一步')
    // Nearest first, with distance and hours.
    await screen.findByText('按离您的距离由近到远排列')
    const points = screen.getAllByRole('radio')
    expect(points[0].getAttribute('aria-label')).toMatch(/^泰安市民中心，距您/)
    expect(within(points[0]).getByText(/周一至周五/)).toBeTruthy()
    press('下一步')
    expect(await screen.findByText('请选择领卡网点')).toBeTruthy()
    fireEvent.click(points[0])
    press('下一步')
    expect(await screen.findByText('免费（首次申领不收费）')).toBeTruthy()
    press('提交申请')
    await waitFor(() => expect(redirectedTo()).toMatch(/^\/card\/progress\/index\?id=app-\d+$/))
    const [application] = mock.gateway.state.physicalCards?.self?.applications ?? []
    expect(application).toMatchObject({ kind: 'first', payment: 'free', stage: 'accepted', delivery: { kind: 'outlet' } })
    expect(Object.values(mock.gateway.state.physicalCards?.self?.photos ?? {})).toEqual([
      { hash: expect.stringMatching(/^[0-9a-f]+$/), bytes: expect.any(Number) },
    ])
    expectNoImageStored()
  })

  test('mailing: wrong entries are named by their field and nothing is sent; then the address is kept masked', async () => {
    await logInAs('no-card')
    open('/card/apply/index')
    render(<ApplyPage />)
    await screen.findByText('刘*兰')
    await photoStep()
    chip('开户银行', '中国工商银行')
    press('下一步')
    chip('领取方式', '邮寄到家')
    await type('收件手机号', '1390538')
    const applies = countRequests('/physical-card/applications')
    press('下一步')
    expect(await screen.findByText('请填写完整的所在地区（省、市、区县）')).toBeTruthy()
    expect(screen.getByText(/请填写详细地址/)).toBeTruthy()
    expect(screen.getByText('手机号应为 11 位，现在是 7 位')).toBeTruthy()
    await type('省份', '山东省')
    await type('城市', '泰安市')
    await type('区县', '泰山区')
    await type('详细地址', '东岳大街 88 号 3 单元')
    // Forgiving input: a full-width, spaced number is fine.
    await type('收件手机号', '１３９ ０５３８ ４３２１')
    press('下一步')
    expect(await screen.findByText('邮寄到 山东省 泰安市 泰山区')).toBeTruthy()
    expect(applies.count).toBe(0)
    press('提交申请')
    await waitFor(() => expect(redirectedTo()).toMatch(/^\/card\/progress\/index\?id=/))
    const [application] = mock.gateway.state.physicalCards?.self?.applications ?? []
    expect(application.delivery).toEqual({ kind: 'mail', region: '山东省 泰安市 泰山区', streetMasked: '东岳****', phoneMasked: '139****4321' })
    expect(JSON.stringify(mock.gateway.state)).not.toMatch(/13905384321|东岳大街 88/)
  })

  test('an application under way: no second one, a way to its progress', async () => {
    await logInAs('card-producing')
    open('/card/apply/index')
    render(<ApplyPage />)
    expect(await screen.findByText('您已有一份申请在办理中')).toBeTruthy()
    expect(screen.getByText('查看申请进度')).toBeTruthy()
  })
})

describe('photo upload faults', () => {
  test('too large: refused with a message; interrupted: the photo is kept and 重新上传 sends it', async () => {
    await logInAs('no-card')
    open('/card/apply/index')
    render(<ApplyPage />)
    await screen.findByText('刘*兰')
    press('下一步')
    press('拍摄或选择照片')
    await screen.findByText('上传照片')
    mock.gateway.setControls({ uploadFault: 'too-large' })
    press('上传照片')
    expect(await screen.findByText('照片超过 2 MB，请换一张')).toBeTruthy()
    mock.gateway.setControls({ uploadFault: 'interrupted' })
    press('重新上传')
    expect(await screen.findByText('照片上传中断，请检查网络后点“重新上传”（不用重拍）')).toBeTruthy()
    mock.gateway.setControls({ uploadFault: null })
    press('重新上传')
    expect(await screen.findByText(/借记卡/)).toBeTruthy()
    expect(choosePhoto).toHaveBeenCalledTimes(1)
    expectNoImageStored()
  })

  test('a photo over 2 MB is refused on the device, before any upload', async () => {
    await logInAs('no-card')
    open('/card/apply/index')
    render(<ApplyPage />)
    await screen.findByText('刘*兰')
    press('下一步')
    const slots = countRequests('/physical-card/photo-slots')
    choosePhoto.mockResolvedValueOnce({ kind: 'chosen', photo: { ...GOOD, bytes: 3 * 1024 * 1024 } })
    press('拍摄或选择照片')
    expect(await screen.findByText(/超过 2 MB/)).toBeTruthy()
    expect(screen.queryByText('上传照片')).toBeNull()
    expect(slots.count).toBe(0)
  })
})

describe('progress', () => {
  test('every stage in turn as the tester panel advances it, with dates, the outlet, and the 30 days to activate', async () => {
    await logInAs('card-producing')
    open('/card/progress/index?id=app-seed-1')
    render(<ProgressPage />)
    await screen.findByText('制卡中（当前）')
    expect(screen.getAllByRole('listitem')).toHaveLength(7)
    expect(screen.getByText(/^预计 \d{4}年\d+月\d+日 前可领取$/)).toBeTruthy()
    for (const expected of ['待领取', '已领取', '金融账户待激活', '已启用']) {
      advanceAsThePanelDoes()
      await screen.findByText(expected === '已启用' ? '已启用' : `${expected}（当前）`)
      if (expected === '待领取') {
        expect(screen.getByText('社保卡已到网点，可以领取了')).toBeTruthy()
        expect(screen.getByText('带什么：本人身份证原件')).toBeTruthy()
        expect(screen.getByText(/^去哪里：合肥市政务服务中心/)).toBeTruthy()
      }
      if (expected === '已领取') expect(screen.getByText(/还剩 30 天$/)).toBeTruthy()
    }
    expect(await screen.findByText('社保卡的社保功能和金融功能都已启用，可以正常使用。')).toBeTruthy()
    expect(screen.getAllByRole('listitem').every((item) => /\d{4}年\d+月\d+日/.test(item.textContent ?? ''))).toBe(true)
  })

  test('collected, bank not yet activated: the days left of 30', async () => {
    await logInAs('card-collected')
    open('/card/progress/index?id=app-seed-1')
    render(<ProgressPage />)
    expect(await screen.findByText(/前启用金融账户，还剩 18 天$/)).toBeTruthy()
    expect(screen.getByText(/到中国工商银行任一网点启用银行账户/)).toBeTruthy()
  })

  test('a refused photo: the reason, one tap to retake, then back under review', async () => {
    await logInAs('photo-rejected')
    open('/card/progress/index?id=app-seed-1')
    render(<ProgressPage />)
    expect(await screen.findByText('照片审核（未通过）')).toBeTruthy()
    expect(screen.getByText(/照片背景不是白色/)).toBeTruthy()
    press('重新拍摄照片')
    press('拍摄或选择照片')
    await screen.findByText('提交新照片')
    press('提交新照片')
    expect(await screen.findByText('照片审核（当前）')).toBeTruthy()
    expect(screen.queryByText(/照片背景不是白色/)).toBeNull()
    expect(mock.gateway.state.physicalCards?.self?.applications[0].rejection).toBeUndefined()
    expectNoImageStored()
  })

  test('cancel before production, after a confirmation', async () => {
    await logInAs('photo-rejected')
    jest.spyOn(Taro, 'showModal').mockResolvedValue({ confirm: true, cancel: false, errMsg: 'showModal:ok' } as Taro.showModal.SuccessCallbackResult)
    open('/card/progress/index?id=app-seed-1')
    render(<ProgressPage />)
    await screen.findByText('撤销申请')
    press('撤销申请')
    expect(await screen.findByText('这份申请已撤销。')).toBeTruthy()
    expect(mock.gateway.state.physicalCards?.self?.applications[0].cancelled).toBe(true)
  })
})

describe('loss and replacement', () => {
  afterEach(() => {
    tester.payment = null
  })

  test('two reports (the social-security account here, the bank by its hotline), then 补换卡 with its fee; the loss can no longer be lifted', async () => {
    await logInAs('lost')
    open('/card/index/index')
    const index = render(<CardIndex />)
    expect(await screen.findByText('2. 银行账户：拨打中国银行客服电话 95566。')).toBeTruthy()
    expect(screen.getByRole('link', { name: '社保账户临时挂失，已挂失' })).toBeTruthy()
    press('拨打中国银行 95566')
    expect(platform.makePhoneCall).toHaveBeenCalledWith('95566')
    index.unmount()

    open('/card/apply/index?reason=lost')
    render(<ApplyPage />)
    expect(await screen.findByRole('button', { name: '补换卡原因：丢失', pressed: true })).toBeTruthy()
    await photoStep()
    chip('开户银行', '中国银行')
    press('下一步')
    fireEvent.click((await screen.findAllByRole('radio'))[0])
    press('下一步')
    expect(await screen.findByText('工本费 ¥20.00（提交后支付）')).toBeTruthy()
    press('提交申请')
    await waitFor(() => expect(redirectedTo()).toBeDefined())
    const id = redirectedTo()?.split('id=')[1] ?? ''

    // The platform's payment says success only after the gateway heard of it; the page asks the gateway.
    const statusChecks = { count: 0 }
    mock.server.events.on('request:start', ({ request }) => void (/\/physical-card\/fee-orders\//.test(request.url) && (statusChecks.count += 1)))
    tester.payment = (payment) => Promise.resolve(mock.gateway.settleCardFee(payment) ? 'success' : 'fail')
    open(`/card/progress/index?id=${id}`)
    render(<ProgressPage />)
    await screen.findByText('支付 ¥20.00')
    press('支付 ¥20.00')
    expect(await screen.findByText('已受理（当前）')).toBeTruthy()
    await waitFor(() => expect(screen.queryByText('支付 ¥20.00')).toBeNull())
    expect(mock.gateway.state.physicalCards?.self?.applications.at(-1)?.payment).toBe('paid')
    expect(statusChecks.count).toBeGreaterThanOrEqual(1)

    const card = await call('cardStatus', {})
    expect(card).toMatchObject({ status: 'lost', replacementApplied: true })
  })

  test('a cancelled platform payment leaves the fee unpaid and says so', async () => {
    await logInAs('lost')
    const created = await createReplacement()
    tester.payment = () => Promise.resolve('cancel')
    open(`/card/progress/index?id=${created}`)
    render(<ProgressPage />)
    await screen.findByText('支付 ¥20.00')
    press('支付 ¥20.00')
    expect(await screen.findByText('您取消了支付。申请已保存，可以随时回来支付。', {}, { timeout: 10_000 })).toBeTruthy()
    expect(mock.gateway.state.physicalCards?.self?.applications.at(-1)?.payment).toBe('unpaid')
  }, 15_000)

  test('once a replacement is applied for, the loss page no longer offers to lift the loss, and says so', async () => {
    await logInAs('card-replacing')
    render(<Loss />)
    expect(await screen.findByText('您已申请补卡，原卡不能再解除挂失。')).toBeTruthy()
    expect(screen.queryByText('查找社保经办网点')).toBeNull()
    expect(screen.getByText('查看补卡进度')).toBeTruthy()
  })

  test('collecting the replacement re-links the e-card: the card status shown elsewhere is asked again', async () => {
    await logInAs('card-replacing')
    render(<CardStatusProbe />)
    expect(await screen.findByText('e-card: lost')).toBeTruthy()
    advanceAsThePanelDoes()
    advanceAsThePanelDoes()
    open('/card/progress/index?id=app-seed-1')
    render(<ProgressPage />)
    await screen.findByText('已领取（当前）')
    expect(await screen.findByText('e-card: level1')).toBeTruthy()
  })
})

/** What another page shows of the e-card (its answer is cached for 30 s unless something makes it out of date). */
function CardStatusProbe() {
  const card = useCardStatus()
  return <View>{`e-card: ${card.data?.status ?? '…'}`}</View>
}

/** A replacement application through the gateway, as the apply page makes it: its id. */
async function createReplacement(): Promise<string> {
  const slot = await call('cardPhotoSlot', { bytes: GOOD.bytes, width: GOOD.width, height: GOOD.height })
  const { photoId } = await call('cardPhotoUpload', { uploadId: slot.uploadId, signature: slot.signature, image: IMAGE })
  const application = await call('cardApply', { applicant: 'self', reason: 'lost', photoId, bankId: 'boc', delivery: { kind: 'outlet', pointId: 'ta-civic' } })
  return application.id
}

describe('guardian', () => {
  test('a guardian applies for a child: household register and guardianship are required; the child is shown masked', async () => {
    await logInAs('card-guardian')
    open('/card/index/index')
    const index = render(<CardIndex />)
    expect(await screen.findByRole('link', { name: '子女 · 首次申领 · 李*轩，照片审核' })).toBeTruthy()
    index.unmount()

    open('/card/apply/index?for=child')
    render(<ApplyPage />)
    await screen.findByText('为未成年子女申领')
    press('下一步')
    expect(await screen.findByText('请输入姓名')).toBeTruthy()
    expect(screen.getByText('只有孩子的父母或法定监护人可以为孩子申领')).toBeTruthy()
    await type('孩子姓名', '李子涵')
    await type('孩子身份证号', '530102201805060039')
    await type('户口簿户号', '530102 0088')
    fireEvent.click(screen.getByRole('switch', { name: '我是孩子的父母或法定监护人' }))
    await photoStep()
    chip('开户银行', '中国工商银行')
    press('下一步')
    fireEvent.click((await screen.findAllByRole('radio'))[0])
    press('下一步')
    expect(await screen.findByText('免费（首次申领不收费）')).toBeTruthy()
    press('提交申请')
    await waitFor(() => expect(redirectedTo()).toBeDefined())
    const application = mock.gateway.state.physicalCards?.self?.applications.at(-1)
    expect(application).toMatchObject({ applicant: 'child', holderName: '李*涵', kind: 'first', feeFen: 0 })
    expect(JSON.stringify(mock.gateway.state)).not.toMatch(/李子涵|530102201805060039/)
  })
})
