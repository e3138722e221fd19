/** Card management inside a mini-program (WeChat here): face verification for reset, and unbinding this channel. */
import { render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import Reset from '@/manage/reset/index'
import Unbind from '@/manage/unbind/index'
import { verifyFace, type FaceResult } from '@/platform'
import { findPersona, TEST_ECARD_PASSWORD } from '@mock/data/personas'
import { hashSecret } from '@mock/state'
import { countRequests, keypad, logInAs, mock, paste, press, type, setupClaimTestGateway } from '@test/support/flow'

jest.mock('@/platform', () => ({
  ...jest.requireActual<typeof import('@/platform')>('@/platform'),
  platformName: 'weapp',
  hasFaceVerification: true,
  verifyFace: jest.fn(),
}))

setupClaimTestGateway()

const face = jest.mocked(verifyFace)
const faceAnswers = (result: FaceResult) => face.mockResolvedValue(result)

test('reset by face: name and ID number are checked first, the face check gives the token, the lock is lifted', async () => {
  const holder = findPersona('locked')!
  await logInAs('locked')
  faceAnswers({ kind: 'passed', token: 'wx-face-ok' })
  render(<Reset />)
  await screen.findByText('开始人脸识别')

  press('开始人脸识别')
  expect(await screen.findByText('请输入姓名')).toBeTruthy()
  expect(face).not.toHaveBeenCalled()

  await type('姓名', '王建国')
  await type('身份证号', '370902195803120013')
  press('开始人脸识别')
  expect(await screen.findByText('姓名、身份证号或手机号与社保卡登记信息不一致，请核对')).toBeTruthy()
  expect(face).not.toHaveBeenCalled()

  await type('姓名', holder.name)
  await type('身份证号', holder.idNumber)
  press('开始人脸识别')
  await screen.findByText('请设置新的 6 位电子社保卡密码')
  expect(face).toHaveBeenCalledWith(expect.objectContaining({ name: holder.name, idNumber: holder.idNumber }))
  await keypad('258036')
  await screen.findByText('请再次输入新的 6 位电子社保卡密码')
  await keypad('258036')
  expect(await screen.findByText('密码已重置，锁定已解除')).toBeTruthy()
  expect(mock.gateway.state.card.passwordLocked).toBe(false)
  expect(mock.gateway.state.card.passwordHash).toBe(hashSecret('258036'))
})

test('the face check takes the name and ID number as typed: spaces, a label, full-width digits, a lower-case x', async () => {
  const holder = findPersona('level2')!
  await logInAs('level2')
  faceAnswers({ kind: 'passed', token: 'wx-face-ok' })
  render(<Reset />)
  await type('姓名', ` ${[...holder.name].join(' ')} `)
  const fullWidth = holder.idNumber.toLowerCase().replace(/[\dx]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0))
  await paste('身份证号', `身份证号：${fullWidth.slice(0, 6)} ${fullWidth.slice(6)}`)
  press('开始人脸识别')
  await screen.findByText('请设置新的 6 位电子社保卡密码')
  expect(face).toHaveBeenCalledWith(expect.objectContaining({ name: holder.name, idNumber: holder.idNumber }))
})

test('a failed face check says so and offers SMS instead', async () => {
  const holder = findPersona('level1')!
  await logInAs('level1')
  faceAnswers({ kind: 'failed', reason: 'cancelled' })
  render(<Reset />)
  await type('姓名', holder.name)
  await type('身份证号', holder.idNumber)
  press('开始人脸识别')
  expect(await screen.findByText('人脸识别未通过，请重试或改用短信验证')).toBeTruthy()
  press('短信验证码')
  expect(await screen.findByText('获取验证码')).toBeTruthy()
})

test('unbind this channel (WeChat) by e-card password after the confirmation; the other channel stays', async () => {
  await logInAs('level2')
  const modal = jest
    .spyOn(Taro, 'showModal')
    .mockResolvedValue({ confirm: true, cancel: false, errMsg: 'showModal:ok' } as Taro.showModal.SuccessCallbackResult)
  const unbinds = countRequests('/card/unbind')
  render(<Unbind />)
  expect(await screen.findByText(/电子社保卡已在微信中关联/)).toBeTruthy()
  press('解除与微信的关联')
  await screen.findByText('请输入电子社保卡密码')
  await keypad(TEST_ECARD_PASSWORD)
  expect(await screen.findByText('已解除与微信的关联')).toBeTruthy()
  expect(modal.mock.calls[0][0]).toMatchObject({ title: '解除与微信的关联', confirmText: '解除关联' })
  expect(unbinds.count).toBe(1)
  expect(mock.gateway.state.card.channels.map((c) => c.channel)).toEqual(['alipay', 'h5', 'city-app', 'bank'])

  const home = jest.spyOn(Taro, 'reLaunch').mockResolvedValue({ errMsg: 'reLaunch:ok' })
  press('返回首页')
  await waitFor(() => expect(home).toHaveBeenCalledWith({ url: '/pages/home/index' }))
})

test('unbind by face with a locked password: the keypad is not offered', async () => {
  const holder = findPersona('locked')!
  await logInAs('locked')
  faceAnswers({ kind: 'passed', token: 'wx-face-ok' })
  jest.spyOn(Taro, 'showModal').mockResolvedValue({ confirm: true, cancel: false, errMsg: 'showModal:ok' } as Taro.showModal.SuccessCallbackResult)
  render(<Unbind />)
  await screen.findByText(/电子社保卡已在微信中关联/)
  press('解除与微信的关联')
  await screen.findByText('开始人脸识别')
  expect(screen.queryByText('电子社保卡密码')).toBeNull()
  await type('姓名', holder.name)
  await type('身份证号', holder.idNumber)
  press('开始人脸识别')
  expect(await screen.findByText('已解除与微信的关联')).toBeTruthy()
})
