/** Level 2: link the card's bank account (card number, reserved phone, SMS code). */
import { render, screen } from '@testing-library/react'
import Bank from '@/claim/bank/index'
import { ERROR_MESSAGES } from '@/gateway/errors'
import { displayField } from '@/lib/fields'
import { TEST_SMS_CODE } from '@mock/data/personas'
import { countRequests, issueLevel1, logInAs, mock, press, type, setupClaimTestGateway, valueOf } from '@test/support/flow'

setupClaimTestGateway()

async function fill(card: string, phone: string) {
  await screen.findByText('开通缴费结算', { selector: 'taro-button-core' })
  await type('银行卡号', card)
  await type('手机号', phone)
}

async function sendAndEnterCode() {
  press('获取验证码')
  await screen.findByText(/秒后可重新获取/)
  await type('验证码', TEST_SMS_CODE)
}

test('new resident after level 1: a bad card number is refused locally, then level 2 with one request', async () => {
  const persona = await issueLevel1('new')
  render(<Bank />)
  const sent = countRequests('/card/bank')
  await fill('6217001234567890123', persona.phone) // Luhn fails
  press('开通缴费结算')
  expect(await screen.findByText('银行卡号不正确，请逐位核对卡面号码')).toBeTruthy()
  expect(sent.count).toBe(0)

  await type('银行卡号', persona.bankCardNumber)
  await sendAndEnterCode()
  press('开通缴费结算')
  press('开通缴费结算')
  expect(await screen.findByText('二级签发（已开通缴费结算）')).toBeTruthy()
  expect(screen.getByText(/\*\*\*\* \*\*\*\* \*\*\*\* 0122/)).toBeTruthy()
  expect(sent.count).toBe(1)
  expect(mock.gateway.state.card.status).toBe('level2')
})

test('bank account not activated: says to activate it at the bank, and keeps the input', async () => {
  const persona = await issueLevel1('bank-inactive')
  render(<Bank />)
  await fill(persona.bankCardNumber, persona.phone)
  await sendAndEnterCode()
  press('开通缴费结算')
  expect(await screen.findByText(ERROR_MESSAGES.BANK_NOT_ACTIVATED)).toBeTruthy()
  expect(screen.getByText('需要先到银行办理')).toBeTruthy()
  expect(screen.getByText('查找银行和社保经办网点')).toBeTruthy()
  expect(await valueOf('银行卡号')).toBe(displayField('bankCard', persona.bankCardNumber))
  expect(await valueOf('手机号')).toBe(displayField('phone', persona.phone))
  expect(mock.gateway.state.card.status).toBe('level1')
})

test('phone not the one reserved at the bank: says to update it at the bank, and keeps the input', async () => {
  const persona = await issueLevel1('new')
  render(<Bank />)
  await fill(persona.bankCardNumber, '13800000000')
  await sendAndEnterCode()
  press('开通缴费结算')
  expect(await screen.findByText(ERROR_MESSAGES.BANK_PHONE_MISMATCH)).toBeTruthy()
  expect(await valueOf('手机号')).toBe('138 0000 0000')
})

test('without an e-card the page sends the resident to the claim first; a lost card is explained', async () => {
  await logInAs('new')
  const first = render(<Bank />)
  expect(await screen.findByText('请先申领电子社保卡（一级签发），再开通缴费结算。')).toBeTruthy()
  first.unmount()
  await logInAs('lost')
  render(<Bank />)
  expect(await screen.findByText('社保卡已挂失，电子社保卡暂停使用')).toBeTruthy()
})
