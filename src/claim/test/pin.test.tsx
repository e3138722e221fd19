/** Physical-card PIN activation: change the initial 123456; ten wrong current PINs lock it. */
import { render, screen } from '@testing-library/react'
import Pin from '@/claim/pin/index'
import { ERROR_MESSAGES } from '@/gateway/errors'
import { invalidate } from '@/gateway/hooks'
import { PASSWORD_MESSAGES } from '@/lib/password'
import { INITIAL_PIN } from '@mock/data/personas'
import { countRequests, keypad, logInAs, mock, setupClaimTestGateway } from '@test/support/flow'

setupClaimTestGateway()

test('initial PIN: explained, 123456 and weak PINs refused before sending, then activated', async () => {
  await logInAs('initial-pin')
  render(<Pin />)
  expect(await screen.findByText(/初始密码不能用于医保结算/)).toBeTruthy()
  const sent = countRequests('/card/pin')
  await keypad(INITIAL_PIN)
  await screen.findByText('请设置新的社保卡密码')
  await keypad(INITIAL_PIN)
  expect(await screen.findByText(PASSWORD_MESSAGES['initial-pin'])).toBeTruthy()
  await keypad('888888')
  expect(await screen.findByText(PASSWORD_MESSAGES.repeated)).toBeTruthy()
  expect(sent.count).toBe(0)

  await keypad('258369')
  await screen.findByText('请再次输入新的社保卡密码')
  await keypad('258369')
  expect(await screen.findByText('社保卡密码已激活')).toBeTruthy()
  expect(screen.getByText('查看我的电子社保卡')).toBeTruthy() // a result page always has a next step
  expect(sent.count).toBe(1)
  expect(mock.gateway.state.card.pin).toBe('active')
})

test('ten wrong current PINs lock the card: the counter is explained with a link to the outlets', async () => {
  await logInAs('initial-pin')
  render(<Pin />)
  await screen.findByText('请输入社保卡当前密码')
  for (let attempt = 1; attempt <= 10; attempt++) {
    await keypad('975310')
    await screen.findByText('请设置新的社保卡密码')
    await keypad('258369')
    await keypad('258369')
    if (attempt < 10) expect(await screen.findByText(`${ERROR_MESSAGES.PIN_WRONG}，还可以输入 ${10 - attempt} 次`)).toBeTruthy()
  }
  expect(await screen.findByText('社保卡密码已锁定')).toBeTruthy()
  expect(screen.getByText(ERROR_MESSAGES.PIN_LOCKED)).toBeTruthy()
  expect(screen.getByText('查找社保经办网点')).toBeTruthy()
  expect(mock.gateway.state.card.pin).toBe('locked')
}, 60_000)

test('a card already activated says so; a locked one goes straight to the counter help', async () => {
  await logInAs('level2')
  const first = render(<Pin />)
  expect(await screen.findByText('社保卡密码已激活')).toBeTruthy()
  first.unmount()
  // Locked elsewhere (at a bank terminal): the app learns it when its cached answer is out of date.
  mock.gateway.state.card.pin = 'locked'
  invalidate('cardStatus')
  render(<Pin />)
  expect(await screen.findByText('社保卡密码已锁定')).toBeTruthy()
})
