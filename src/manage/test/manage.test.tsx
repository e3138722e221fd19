/** Card management on H5: menu and password state, change, lock after the limit, reset by SMS, loss, sign out, clear data. */
import { render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import ManageIndex from '@/manage/index/index'
import Loss from '@/manage/loss/index'
import ChangePassword from '@/manage/password/index'
import Reset from '@/manage/reset/index'
import Unbind from '@/manage/unbind/index'
import { ERROR_MESSAGES } from '@/gateway/errors'
import { LOSS_GUIDANCE } from '@/lib/cardGuidance'
import { PASSWORD_MESSAGES } from '@/lib/password'
import { useCityStore } from '@/city/store'
import { useClaim } from '@/claim/store'
import { usePreferences } from '@/stores/preferences'
import { useSession } from '@/stores/session'
import { TEST_CARD_PIN, TEST_ECARD_PASSWORD, TEST_SMS_CODE } from '@mock/data/personas'
import { hashSecret } from '@mock/state'
import { countRequests, keypad, logInAs, mock, press, type, setupClaimTestGateway } from '@test/support/flow'

setupClaimTestGateway()

const NEW_PASSWORD = '258036'

const answerModal = (confirm: boolean) =>
  jest.spyOn(Taro, 'showModal').mockResolvedValue({ confirm, cancel: !confirm, errMsg: 'showModal:ok' } as Taro.showModal.SuccessCallbackResult)
const spyReLaunch = () => jest.spyOn(Taro, 'reLaunch').mockResolvedValue({ errMsg: 'reLaunch:ok' })

async function newPasswordTwice(value: string) {
  await screen.findByText('请设置新的 6 位电子社保卡密码')
  await keypad(value)
  await screen.findByText('请再次输入新的 6 位电子社保卡密码')
  await keypad(value)
}

async function smsCheck() {
  press('短信验证码')
  press('获取验证码')
  await screen.findByText(/秒后可重新获取/)
  // The phone masked, and kept whole on one line (src/ui/Num).
  const sentTo = screen.getByText(/^1\d{2}\*{4}\d{4}$/)
  expect(sentTo.closest('[role="status"]')?.textContent).toMatch(/^验证码已发送至 1\d{2}\*{4}\d{4}$/)
  await type('验证码', TEST_SMS_CODE)
  press('验证')
}

describe('menu', () => {
  test('level 2: password state with the attempts left, every action, masked data only', async () => {
    await logInAs('level2')
    mock.gateway.state.card.passwordFailures = 2
    const { container } = render(<ManageIndex />)
    expect(await screen.findByText('电子社保卡密码：正常')).toBeTruthy()
    expect(screen.getByText(/还可以输入 3 次，/)).toBeTruthy()
    for (const action of ['修改密码', '重置密码', '临时挂失', '退出登录', '清除本机数据']) expect(screen.getByText(action)).toBeTruthy()
    // The channel in use (H5 here) is listed and can be unbound from here.
    expect(screen.getByRole('link', { name: '解除本渠道关联，网页版' })).toBeTruthy()
    expect(container.textContent).not.toMatch(/53010219720925003X|13708712345|6212260000123456782/)
    // The most prominent button is not the red 清除本机数据: it is a plain (default) button, never warn or primary.
    const clear = screen.getByText('清除本机数据').closest('.weui-btn')
    expect(clear?.classList.contains('weui-btn_default')).toBe(true)
    expect(container.querySelector('.weui-btn_warn, .weui-btn_primary')?.textContent ?? '').not.toBe('清除本机数据')
  })

  test('locked password: says so and what to do, no change, reset offered', async () => {
    await logInAs('locked')
    render(<ManageIndex />)
    expect(await screen.findByText('电子社保卡密码已锁定')).toBeTruthy()
    expect(screen.getByText(/请通过人脸识别或短信验证码重置密码，重置后自动解除锁定/)).toBeTruthy()
    expect(screen.getByText('重置密码并解锁')).toBeTruthy()
    expect(screen.queryByText('修改密码')).toBeNull()
  })

  test('no e-card yet: a way to claim it, and the device can still be cleared', async () => {
    await logInAs('new')
    render(<ManageIndex />)
    expect(await screen.findByText('申领电子社保卡')).toBeTruthy()
    expect(screen.getByText('清除本机数据')).toBeTruthy()
  })

  test('sign out: the session is gone and the app goes home', async () => {
    await logInAs('level1')
    const home = spyReLaunch()
    render(<ManageIndex />)
    await screen.findByText('退出登录')
    press('退出登录')
    expect(useSession.getState().token).toBeNull()
    expect(home).toHaveBeenCalledWith({ url: '/pages/home/index' })
  })

  test('sign out forgets the previous person: typed claim details, bank card, saved progress', async () => {
    await logInAs('new')
    useClaim.getState().setIdentity({ name: '王建国', idNumber: '370902195803120013', phone: '13905381234' })
    useClaim.getState().setBank({ cardNumber: '6217001234567890122', phone: '13905381234' })
    useClaim.getState().prechecked('cert-1', '139****1234')
    useClaim.getState().verified('ver-1')
    spyReLaunch()
    render(<ManageIndex />)
    await screen.findByText('退出登录')
    press('退出登录')
    const claim = useClaim.getState()
    expect(claim.identity).toEqual({ name: '', idNumber: '', phone: '' })
    expect(claim.bank).toEqual({ cardNumber: '', phone: '' })
    expect([claim.step, claim.certifyId, claim.verificationToken, claim.phoneMasked]).toEqual(['identity', null, null, null])
  })

  test('saved claim progress belongs to the resident who started it: another login starts afresh', async () => {
    await logInAs('new')
    useClaim.getState().setIdentity({ name: '王建国', idNumber: '370902195803120013', phone: '13905381234' })
    useClaim.getState().prechecked('cert-1', '139****1234')
    useClaim.getState().verified('ver-1')
    useSession.getState().clear() // the session ends without 退出登录 (expired), someone else logs in
    await logInAs('bank-inactive')
    expect(useClaim.getState().verificationToken).toBeNull()
    expect(useClaim.getState().step).toBe('identity')
  })

  test('clear data also forgets the bank card number held in memory', async () => {
    await logInAs('level1')
    useClaim.getState().setBank({ cardNumber: '6217001234567890122', phone: '13905381234' })
    answerModal(true)
    spyReLaunch()
    render(<ManageIndex />)
    await screen.findByText('电子社保卡密码：正常')
    press('清除本机数据')
    await waitFor(() => expect(useSession.getState().token).toBeNull())
    expect(useClaim.getState().bank).toEqual({ cardNumber: '', phone: '' })
  })

  test('clear data: asks first; declining keeps everything, confirming empties storage and signs out', async () => {
    await logInAs('level1')
    useCityStore.getState().choose('taian')
    usePreferences.getState().setLargeText(true)
    window.localStorage.setItem('esscard.other', 'x')
    const home = spyReLaunch()
    const modal = answerModal(false)
    render(<ManageIndex />)
    await screen.findByText('电子社保卡密码：正常')
    press('清除本机数据')
    await waitFor(() => expect(modal).toHaveBeenCalledTimes(1))
    expect(modal.mock.calls[0][0]).toMatchObject({ title: '清除本机数据' })
    expect(useSession.getState().token).not.toBeNull()
    expect(window.localStorage.length).toBeGreaterThan(0)

    modal.mockResolvedValue({ confirm: true, cancel: false, errMsg: 'showModal:ok' } as Taro.showModal.SuccessCallbackResult)
    press('清除本机数据')
    await waitFor(() => expect(home).toHaveBeenCalledWith({ url: '/pages/home/index' }))
    expect(window.localStorage.length).toBe(0)
    expect(useSession.getState().token).toBeNull()
    expect(useCityStore.getState().cityId).toBeNull()
    expect(usePreferences.getState().largeText).toBeUndefined()
  })
})

describe('change password', () => {
  test('wrong old password shows the attempts left; weak and unchanged new ones are refused before sending; then changed', async () => {
    await logInAs('level2')
    const changes = countRequests('/card/password')
    render(<ChangePassword />)
    await screen.findByText('请输入原电子社保卡密码')
    await keypad('000000')
    expect(await screen.findByText('电子社保卡密码不正确，还可以输入 4 次')).toBeTruthy()
    await keypad(TEST_ECARD_PASSWORD)

    await screen.findByText('请设置新的 6 位电子社保卡密码')
    await keypad('123456')
    expect(await screen.findByText(PASSWORD_MESSAGES.sequential)).toBeTruthy()
    await newPasswordTwice(TEST_ECARD_PASSWORD)
    expect(await screen.findByText('新密码不能与原密码相同')).toBeTruthy()
    expect(changes.count).toBe(0)

    await keypad(NEW_PASSWORD)
    await screen.findByText('请再次输入新的 6 位电子社保卡密码')
    await keypad(NEW_PASSWORD)
    expect(await screen.findByText('密码已修改')).toBeTruthy()
    expect(changes.count).toBe(1)
    expect(mock.gateway.state.card.passwordHash).toBe(hashSecret(NEW_PASSWORD))
  })

  test("the physical card's PIN as the new e-card password: the gateway refuses it, the page says why and asks again", async () => {
    await logInAs('level2')
    render(<ChangePassword />)
    await screen.findByText('请输入原电子社保卡密码')
    await keypad(TEST_ECARD_PASSWORD)
    await newPasswordTwice(TEST_CARD_PIN)
    expect(await screen.findByText('电子社保卡密码不能与社保卡密码相同，请换一个')).toBeTruthy()
    // Back at the first entry with the dots cleared; the password is unchanged.
    expect(screen.getByText('请设置新的 6 位电子社保卡密码')).toBeTruthy()
    expect(screen.getByLabelText(/已输入 0 位/)).toBeTruthy()
    expect(mock.gateway.state.card.passwordHash).toBe(hashSecret(TEST_ECARD_PASSWORD))
    await newPasswordTwice(NEW_PASSWORD)
    expect(await screen.findByText('密码已修改')).toBeTruthy()
  })

  test('lock after the limit: the fifth wrong old password locks it and the page explains the reset', async () => {
    await logInAs('level1')
    render(<ChangePassword />)
    for (const left of [4, 3, 2, 1]) {
      await screen.findByText('请输入原电子社保卡密码')
      await keypad('000000')
      expect(await screen.findByText(`电子社保卡密码不正确，还可以输入 ${left} 次`)).toBeTruthy()
    }
    await keypad('000000')
    expect(await screen.findByText('电子社保卡密码已锁定')).toBeTruthy()
    expect(screen.getByText('重置密码并解锁')).toBeTruthy()
    expect(mock.gateway.state.card.passwordLocked).toBe(true)
  })

  test('already locked: no keypad, the way to reset instead', async () => {
    await logInAs('locked')
    render(<ChangePassword />)
    expect(await screen.findByText('电子社保卡密码已锁定')).toBeTruthy()
    expect(screen.queryByText('请输入原电子社保卡密码')).toBeNull()
  })

  test('lost card: explained with the next step, nothing to change', async () => {
    await logInAs('lost')
    render(<ChangePassword />)
    expect(await screen.findByText('社保卡已挂失，电子社保卡暂停使用')).toBeTruthy()
    expect(screen.queryByText('请输入原电子社保卡密码')).toBeNull()
  })
})

describe('reset password', () => {
  test('by SMS on H5 (no face there): a wrong code is refused, then the new password twice unlocks the card', async () => {
    await logInAs('locked')
    render(<Reset />)
    expect(await screen.findByText(/您的密码已锁定。/)).toBeTruthy()
    expect(screen.queryByText('人脸识别')).toBeNull()
    press('获取验证码')
    await screen.findByText(/秒后可重新获取/)
    await type('验证码', '111111')
    press('验证')
    expect(await screen.findByText('短信验证码不正确，请重新输入')).toBeTruthy()
    await type('验证码', TEST_SMS_CODE)
    press('验证')
    await newPasswordTwice(NEW_PASSWORD)
    expect(await screen.findByText('密码已重置，锁定已解除')).toBeTruthy()
    expect(screen.getByText('完成')).toBeTruthy()
    expect(mock.gateway.state.card.passwordLocked).toBe(false)
    expect(mock.gateway.state.card.passwordHash).toBe(hashSecret(NEW_PASSWORD))
  })
})

describe('report loss', () => {
  test('explains first; after the password check the confirmation says it stops at once and how to undo; then lost', async () => {
    await logInAs('level2')
    const modal = answerModal(true)
    const losses = countRequests('/card/loss')
    render(<Loss />)
    expect(await screen.findByText(/立即停止使用/)).toBeTruthy()
    await screen.findByText('挂失社保卡', { selector: 'taro-button-core' })
    press('挂失社保卡')
    await screen.findByText('请输入电子社保卡密码')
    await keypad(TEST_ECARD_PASSWORD)
    expect(await screen.findByText('社保卡已临时挂失')).toBeTruthy()
    const asked = modal.mock.calls[0][0] as Taro.showModal.Option
    expect(asked.content).toMatch(/立即停止使用/)
    expect(asked.content).toMatch(/柜台书面办理/)
    expect(screen.getByText('拨打 12333 咨询')).toBeTruthy()
    // The seeds' order: the bank account is reported at the bank, the loss is lifted in writing at a counter.
    const bankStep = screen.getByText(/^下一步：社保卡的银行账户需另外挂失/).textContent ?? ''
    expect(bankStep).toMatch(/请拨打(中国建设银行|中国农业银行|中国工商银行|中国银行|徽商银行)的客服电话/)
    expect(screen.getByText(LOSS_GUIDANCE.lift)).toBeTruthy()
    expect(screen.getByText(LOSS_GUIDANCE.replace)).toBeTruthy()
    expect(losses.count).toBe(1)
    expect(mock.gateway.state.card.status).toBe('lost')
  })

  test('by SMS, and declining the confirmation reports nothing', async () => {
    await logInAs('level1')
    const modal = answerModal(false)
    const losses = countRequests('/card/loss')
    render(<Loss />)
    await screen.findByText('挂失社保卡')
    press('挂失社保卡')
    await smsCheck()
    await waitFor(() => expect(modal).toHaveBeenCalledTimes(1))
    await screen.findByText('挂失社保卡')
    expect(losses.count).toBe(0)
    expect(mock.gateway.state.card.status).toBe('level1')
  })

  test('a transient failure offers 重试 with the same verification', async () => {
    await logInAs('level1')
    answerModal(true)
    mock.gateway.setControls({ fault: 'server-error', faultEndpoint: 'reportLoss' })
    render(<Loss />)
    await screen.findByText('挂失社保卡')
    press('挂失社保卡')
    await screen.findByText('请输入电子社保卡密码')
    await keypad(TEST_ECARD_PASSWORD)
    expect(await screen.findByText('服务暂时不可用，请稍后再试')).toBeTruthy()
    mock.gateway.setControls({ fault: 'none' })
    press('重试')
    expect(await screen.findByText('社保卡已临时挂失')).toBeTruthy()
  })

  test('a used-up verification asks for a fresh check (重新核验身份): the keypad starts empty, then lost', async () => {
    await logInAs('level1')
    jest.spyOn(Taro, 'showModal').mockImplementation(async () => {
      // The verification expires while the confirmation is open.
      if (!Object.keys(mock.gateway.state.verifications).length) throw new Error('no verification to expire')
      mock.gateway.state.verifications = {}
      return { confirm: true, cancel: false, errMsg: 'showModal:ok' } as Taro.showModal.SuccessCallbackResult
    })
    render(<Loss />)
    await screen.findByText('挂失社保卡')
    press('挂失社保卡')
    await screen.findByText('请输入电子社保卡密码')
    await keypad(TEST_ECARD_PASSWORD)
    expect(await screen.findByText(ERROR_MESSAGES.VERIFICATION_REQUIRED)).toBeTruthy()
    expect(screen.queryByText('重试')).toBeNull()
    press('重新核验身份')
    await waitFor(() => expect(screen.queryByText('重新核验身份')).toBeNull())
    expect(screen.getByRole('status', { name: '请输入电子社保卡密码，已输入 0 位，共 6 位' })).toBeTruthy()
    jest.spyOn(Taro, 'showModal').mockResolvedValue({ confirm: true, cancel: false, errMsg: 'showModal:ok' } as Taro.showModal.SuccessCallbackResult)
    await keypad(TEST_ECARD_PASSWORD)
    expect(await screen.findByText('社保卡已临时挂失')).toBeTruthy()
  })

  test('already lost: how to undo it, no second report', async () => {
    await logInAs('lost')
    render(<Loss />)
    expect(await screen.findByText('社保卡已挂失，电子社保卡暂停使用')).toBeTruthy()
    expect(screen.getByText(/书面解除挂失/)).toBeTruthy()
    expect(screen.queryByText(/12333.{0,4}解除挂失/)).toBeNull()
    expect(screen.queryByText('挂失社保卡')).toBeNull()
  })
})

test('unbind on H5 when this channel is not bound: says so', async () => {
  await logInAs('level2')
  mock.gateway.state.card.channels = mock.gateway.state.card.channels.filter((c) => c.channel !== 'h5')
  render(<Unbind />)
  expect(await screen.findByText('电子社保卡没有在网页版中关联，无需解除。')).toBeTruthy()
})
