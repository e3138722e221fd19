/** Card status: level, masked bank card, channels, unbind after a check and a confirmation. */
import { activationGuidance } from '@/lib/cardGuidance'
import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import Status from '@/claim/status/index'
import { TEST_ECARD_PASSWORD, TEST_SMS_CODE } from '@mock/data/personas'
import { countRequests, keypad, logInAs, mock, press, type, setupClaimTestGateway } from '@test/support/flow'

setupClaimTestGateway()

const confirmModal = (confirm: boolean) =>
  jest.spyOn(Taro, 'showModal').mockResolvedValue({ confirm, cancel: !confirm, errMsg: 'showModal:ok' } as Taro.showModal.SuccessCallbackResult)

test('level 2: level, masked bank card and channels; unbind by e-card password after confirming', async () => {
  await logInAs('level2')
  const modal = confirmModal(true)
  render(<Status />)
  expect(await screen.findByText('二级签发（已开通缴费结算）')).toBeTruthy()
  // Masked, and each number kept whole on its line (src/ui/Num).
  expect(screen.getByText('5301**********003X').closest('.claim-card__row')?.textContent).toBe('身份证号：5301**********003X')
  expect(screen.getByText(/\*\*\*\* \*\*\*\* \*\*\*\* 6782/)).toBeTruthy()
  // Every channel by the name residents know: this app's platforms, the city's app and the partner bank's.
  for (const name of ['微信', '支付宝市民中心', '网页版', '昆明人社通 APP', '中国工商银行手机银行']) expect(screen.getByText(name)).toBeTruthy()

  const unbinds = countRequests('/card/unbind')
  fireEvent.click(screen.getAllByLabelText('解除与支付宝市民中心的关联')[0])
  await screen.findByText('请输入电子社保卡密码')
  await keypad('000000')
  expect(await screen.findByText('电子社保卡密码不正确，还可以输入 4 次')).toBeTruthy()
  await keypad(TEST_ECARD_PASSWORD)
  expect(await screen.findByText('已解除与支付宝市民中心的关联')).toBeTruthy()
  expect(modal).toHaveBeenCalledTimes(1)
  expect(unbinds.count).toBe(1)
  expect(screen.queryByText('支付宝市民中心')).toBeNull()
  expect(mock.gateway.state.card.channels.map((c) => c.channel)).toEqual(['weapp', 'h5', 'city-app', 'bank'])
})

test('unbind by SMS, and declining the confirmation unbinds nothing', async () => {
  await logInAs('level1')
  const modal = confirmModal(false)
  render(<Status />)
  expect(await screen.findByText('一级签发')).toBeTruthy()
  expect(screen.getByText('关联银行卡：未关联（未开通缴费结算）')).toBeTruthy()
  expect(screen.getByText('开通缴费结算（二级签发）')).toBeTruthy()
  const unbinds = countRequests('/card/unbind')
  fireEvent.click(screen.getByLabelText('解除与微信的关联'))
  press('短信验证码')
  press('获取验证码')
  await screen.findByText(/秒后可重新获取/)
  await type('验证码', TEST_SMS_CODE)
  press('验证')
  await waitFor(() => expect(modal).toHaveBeenCalledTimes(1))
  await waitFor(() => expect(screen.queryByText('请先核验身份', { exact: false })).toBeNull())
  expect(unbinds.count).toBe(0)
  expect(screen.getByText('微信')).toBeTruthy()
})

test.each([
  ['lost', '社保卡已挂失，电子社保卡暂停使用', /书面解除挂失/],
  ['cancelled', '社保卡已注销，电子社保卡无法使用', /补换新的社保卡/],
])('%s card: explained with the next step', async (personaId, title, next) => {
  await logInAs(personaId)
  render(<Status />)
  expect(await screen.findByText(title)).toBeTruthy()
  expect(screen.getByText(next)).toBeTruthy()
  expect(screen.getByText('拨打 12333 咨询')).toBeTruthy()
  expect(screen.queryByText(/12333.{0,4}解除挂失/)).toBeNull()
})

test('no e-card yet: a way to claim it', async () => {
  await logInAs('new')
  render(<Status />)
  expect(await screen.findByText('您还没有领取电子社保卡')).toBeTruthy()
  expect(screen.getByText('申领电子社保卡')).toBeTruthy()
})

test('level 1: the two functions of the physical card are activated separately, with the outlets that do it', async () => {
  await logInAs('level1')
  render(<Status />)
  expect(await screen.findByText(/社保功能和金融功能分别启用/)).toBeTruthy()
  expect(screen.getByText(/需本人尽快携带身份证和社保卡到合作银行网点启用/)).toBeTruthy()
  const navigate = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' })
  fireEvent.click(screen.getByText('查找可启用金融功能的网点'))
  expect(navigate).toHaveBeenCalledWith({ url: '/outlets/list/index?service=bank-activate' })
  navigate.mockRestore()
})

test('Hefei: the financial function within 30 days of receiving the card', () => {
  expect(activationGuidance('hefei')).toMatch(/自领卡之日起 30 天内.*逾期社保功能将被暂停/)
})
