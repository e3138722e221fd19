/** One state decides the claim wizard's step: typing never makes it jump to a step saved earlier. */
import { act, cleanup, render, screen } from '@testing-library/react'
import Wizard from '@/claim/wizard/index'
import { useClaim } from '@/claim/store'
import { findPersona } from '@mock/data/personas'
import { logInAs, press, type, setupClaimTestGateway, valueOf } from '@test/support/flow'

setupClaimTestGateway()

const resident = findPersona('new')!
const currentStep = () => screen.getByRole('group', { name: /^第 \d 步，共 5 步/ }).getAttribute('aria-label')

test('reloaded after 下一步: the form again, and typing the ID does not jump to 授权', async () => {
  await logInAs('new')
  render(<Wizard />)
  await screen.findByText('下一步')
  await type('姓名', resident.name)
  await type('身份证号', resident.idNumber)
  await type('手机号', resident.phone)
  press('下一步')
  await screen.findByText('同意并继续')

  // The app is closed and opened again: what was typed is gone (memory only), the saved step is not.
  cleanup()
  act(() => useClaim.setState({ identity: { name: '', idNumber: '', phone: '' } }))
  await act(() => useClaim.persist.rehydrate())
  render(<Wizard />)
  await screen.findByText('下一步')
  expect(currentStep()).toBe('第 1 步，共 5 步：填写信息')
  await type('姓名', resident.name)
  await type('身份证号', resident.idNumber.slice(0, 1))
  expect(currentStep()).toBe('第 1 步，共 5 步：填写信息')
  expect(screen.queryByText('同意并继续')).toBeNull()
  expect(useClaim.getState().step).toBe('identity')
})

test('a mismatch, then 返回修改信息: the form keeps what was typed, and the step stays the form until 下一步', async () => {
  await logInAs('new')
  render(<Wizard />)
  await screen.findByText('下一步')
  await type('姓名', '王建华')
  await type('身份证号', resident.idNumber)
  await type('手机号', resident.phone)
  press('下一步')
  await screen.findByText('同意并继续')
  press('同意并继续')
  await screen.findByText('返回修改信息')
  press('返回修改信息')
  await screen.findByText('下一步')
  expect(await valueOf('姓名')).toBe('王建华')
  expect(await valueOf('身份证号')).toBe(resident.idNumber)
  await type('姓名', resident.name)
  expect(currentStep()).toBe('第 1 步，共 5 步：填写信息')
})
