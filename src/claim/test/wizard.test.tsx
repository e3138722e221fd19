/** The claim wizard on H5 (SMS path): identity → consent → SMS check → password twice → level 1. */
import Taro from '@tarojs/taro'
import { act, cleanup, render, screen, waitFor } from '@testing-library/react'
import Wizard from '@/claim/wizard/index'
import { FIELD_PROBLEM_MESSAGES } from '@/lib/fields'
import { PASSWORD_MESSAGES } from '@/lib/password'
import { useClaim } from '@/claim/store'
import { TEST_SMS_CODE, findPersona } from '@mock/data/personas'
import { countRequests, keypad, logInAs, mock, press, type, setupClaimTestGateway, valueOf } from '@test/support/flow'

setupClaimTestGateway()

const resident = findPersona('new')!

async function fillIdentity(idNumber = resident.idNumber) {
  await screen.findByText('下一步')
  await type('姓名', resident.name)
  await type('身份证号', idNumber)
  await type('手机号', resident.phone)
}

async function reachVerifyStep() {
  await fillIdentity()
  press('下一步')
  await screen.findByText('同意并继续')
  press('同意并继续')
  await screen.findByText(/验证码将发送至/)
}

async function verifyBySms() {
  press('获取验证码')
  await screen.findByText(/秒后可重新获取/)
  await type('验证码', TEST_SMS_CODE)
  press('验证')
  await screen.findByText('请设置 6 位电子社保卡密码')
}

test('bad input gets a message next to each field and nothing is sent', async () => {
  await logInAs('new')
  render(<Wizard />)
  await screen.findByText('下一步')
  const sent = countRequests('')
  await type('姓名', 'Wang')
  await type('身份证号', '370902195803120014') // one digit changed
  await type('手机号', '1390538123')
  press('下一步')
  expect(await screen.findByText(FIELD_PROBLEM_MESSAGES.idChecksum)).toBeTruthy()
  expect(screen.getByText(FIELD_PROBLEM_MESSAGES.nameCharacters)).toBeTruthy()
  expect(screen.getByText('手机号应为 11 位，现在是 10 位')).toBeTruthy()

  await type('身份证号', '370902190002290017') // 1900-02-29 does not exist
  press('下一步')
  expect(await screen.findByText(FIELD_PROBLEM_MESSAGES.idBirthDate)).toBeTruthy()
  expect(sent.count).toBe(0)
  expect(screen.getByRole('group', { name: '第 1 步，共 5 步：填写信息' })).toBeTruthy()
})

test('new resident: claim to level 1 with the steps shown, one request per double press, weak passwords refused first', async () => {
  await logInAs('new')
  render(<Wizard />)
  await fillIdentity()
  press('下一步')
  await screen.findByRole('group', { name: '第 2 步，共 5 步：授权' })
  expect(screen.getByText('授权全国社会保障卡服务平台核验您的身份')).toBeTruthy()
  // Masked, each number kept whole on its line (src/ui/Num).
  expect(screen.getByText('3709**********0013').closest('.claim-consent__who')?.textContent).toBe('王*国 · 3709**********0013 · 139****1234')

  const prechecks = countRequests('/claim/precheck')
  press('同意并继续')
  press('同意并继续')
  await screen.findByRole('group', { name: '第 3 步，共 5 步：身份核验' })
  expect(prechecks.count).toBe(1)
  // H5 has no face verification: the SMS code is the path.
  expect(screen.queryByText('开始人脸识别')).toBeNull()
  expect(screen.getByText('验证码将发送至 139****1234')).toBeTruthy()
  await verifyBySms()
  await screen.findByRole('group', { name: '第 4 步，共 5 步：设置密码' })

  const issues = countRequests('/card/issue')
  await keypad('123456')
  expect(await screen.findByText(PASSWORD_MESSAGES.sequential)).toBeTruthy()
  await keypad('580312') // birth date 1958-03-12 in the ID
  expect(await screen.findByText(PASSWORD_MESSAGES['birth-date'])).toBeTruthy()
  await keypad('381234') // phone's last six
  expect(await screen.findByText(PASSWORD_MESSAGES.phone)).toBeTruthy()
  await keypad('147258')
  await screen.findByText('请再次输入 6 位电子社保卡密码')
  await keypad('147259')
  expect(await screen.findByText(`${PASSWORD_MESSAGES.mismatch}，请重新设置`)).toBeTruthy()
  expect(issues.count).toBe(0)

  await keypad('147258')
  await keypad('147258')
  expect(await screen.findByText('电子社保卡已领取（一级签发）')).toBeTruthy()
  expect(screen.getByRole('group', { name: '第 5 步，共 5 步：完成' })).toBeTruthy()
  expect(screen.getByText('开通缴费结算（二级签发）')).toBeTruthy()
  expect(issues.count).toBe(1)
  expect(mock.gateway.state.card.status).toBe('level1')
  // Finished: nothing of the claim is left behind, and a claim opened again starts from the form.
  const { step, identity, certifyId, verificationToken, phoneMasked } = useClaim.getState()
  expect({ step, identity, certifyId, verificationToken, phoneMasked }).toEqual({
    step: 'done',
    identity: { name: '', idNumber: '', phone: '' },
    certifyId: null,
    verificationToken: null,
    phoneMasked: null,
  })
  expect(JSON.stringify({ ...window.localStorage })).toMatch(/step\W+identity/)
})

test('going back keeps what was typed; a wrong identity is explained and can be corrected', async () => {
  await logInAs('new')
  render(<Wizard />)
  await fillIdentity()
  await type('手机号', '13905380000')
  press('下一步')
  await screen.findByText('上一步')
  press('上一步')
  await screen.findByText('下一步')
  expect(await valueOf('姓名')).toBe(resident.name)
  expect(await valueOf('身份证号')).toBe(resident.idNumber)
  expect(await valueOf('手机号')).toBe('139 0538 0000') // shown 3-4-4, stored as digits
  expect(useClaim.getState().identity.phone).toBe('13905380000')

  press('下一步')
  await screen.findByText('同意并继续')
  press('同意并继续')
  expect(await screen.findByText('姓名、身份证号或手机号与社保卡登记信息不一致，请核对')).toBeTruthy()
  press('返回修改信息')
  await screen.findByText('下一步')
  expect(await valueOf('手机号')).toBe('139 0538 0000') // shown 3-4-4, stored as digits
  expect(useClaim.getState().identity.phone).toBe('13905380000')
})

test('a verification used up before the password (expired at the gateway): back to 身份核验, then on to the password again', async () => {
  await logInAs('new')
  render(<Wizard />)
  await reachVerifyStep()
  await verifyBySms()
  mock.gateway.state.verifications = {}

  await keypad('147258')
  await keypad('147258')
  expect(await screen.findByRole('group', { name: '第 3 步，共 5 步：身份核验' })).toBeTruthy()
  expect(useClaim.getState().step).toBe('verify')
  expect(mock.gateway.state.card.status).toBe('none')

  await verifyBySms()
  await keypad('147258')
  await keypad('147258')
  expect(await screen.findByText('电子社保卡已领取（一级签发）')).toBeTruthy()
})

test('an interrupted claim resumes at its step, and storage holds no ID, phone or password in clear', async () => {
  await logInAs('new')
  render(<Wizard />)
  await reachVerifyStep()
  await verifyBySms()

  const stored = JSON.stringify({ ...window.localStorage })
  expect(stored).toMatch(/step\W+password/)
  for (const secret of [resident.idNumber, resident.phone, resident.name, '147258']) expect(stored).not.toContain(secret)

  // The app is closed and opened again: memory is gone, the persisted step is not.
  cleanup()
  act(() => useClaim.setState({ identity: { name: '', idNumber: '', phone: '' } }))
  await act(() => useClaim.persist.rehydrate())
  render(<Wizard />)
  expect(await screen.findByRole('group', { name: '第 4 步，共 5 步：设置密码' })).toBeTruthy()
  await keypad('147258')
  await keypad('147258')
  expect(await screen.findByText('电子社保卡已领取（一级签发）')).toBeTruthy()
  expect(JSON.stringify({ ...window.localStorage })).not.toContain('147258')
})

test.each([
  ['lost', '社保卡已挂失，电子社保卡暂停使用'],
  ['cancelled', '社保卡已注销，电子社保卡无法使用'],
])('%s card: the wizard explains why and what to do next', async (personaId, title) => {
  await logInAs(personaId)
  render(<Wizard />)
  expect(await screen.findByText(title)).toBeTruthy()
  expect(screen.getByText(/^下一步：/)).toBeTruthy()
  expect(screen.getByText('查找社保经办网点')).toBeTruthy()
  expect(screen.queryByText('下一步')).toBeNull()
})

test('a level 2 holder is told there is nothing to claim', async () => {
  await logInAs('level2')
  render(<Wizard />)
  expect(await screen.findByText('您已领取电子社保卡，无需重复申领')).toBeTruthy()
  await waitFor(() => expect(screen.queryByText('开通缴费结算（二级签发）')).toBeNull())
})

test('leaving (不同意，离开) while the precheck is in flight: its answer is ignored, nothing is saved', async () => {
  await logInAs('new')
  const back = jest.spyOn(Taro, 'navigateBack').mockResolvedValue({ errMsg: 'navigateBack:ok' })
  const reLaunch = jest.spyOn(Taro, 'reLaunch').mockResolvedValue({ errMsg: 'reLaunch:ok' })
  // Opened directly (an H5 link): alone on the stack, so leaving goes home (the shared leavePage), not to the card tab.
  const pages = jest.spyOn(Taro, 'getCurrentPages').mockReturnValue([{} as Taro.Page])
  render(<Wizard />)
  await fillIdentity()
  press('下一步')
  await screen.findByText('同意并继续')
  mock.gateway.setControls({ latencyMs: 300 })
  press('同意并继续')
  press('不同意，离开')
  expect(reLaunch).toHaveBeenCalledWith({ url: '/pages/home/index' })
  expect(back).not.toHaveBeenCalled()
  await act(() => new Promise((resolve) => setTimeout(resolve, 600)))
  const claim = useClaim.getState()
  expect([claim.step, claim.certifyId, claim.phoneMasked, claim.idNumberMasked]).toEqual(['identity', null, null, null])
  for (const spy of [back, reLaunch, pages]) spy.mockRestore()
})
