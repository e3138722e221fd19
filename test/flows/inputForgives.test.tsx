/**
 * Input that forgives how residents type, on H5 (real Taro H5 inputs in jsdom, pastes cut by maxlength as a
 * browser cuts them): pastes with spaces, labels, dashes and full-width digits; too long is said, never
 * cut; names with rare ideographs and middle-dot look-alikes; nothing sent on bad input.
 */
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import Bank from '@/claim/bank/index'
import Pin from '@/claim/pin/index'
import Wizard from '@/claim/wizard/index'
import ChangePassword from '@/manage/password/index'
import { FIELD_PROBLEM_MESSAGES } from '@/lib/fields'
import { PASSWORD_MESSAGES } from '@/lib/password'
import { useClaim } from '@/claim/store'
import { useSession } from '@/stores/session'
import { SmsLogin } from '@/identity/SmsLogin'
import { findPersona, INITIAL_PIN, TEST_ECARD_PASSWORD, TEST_SMS_CODE } from '@mock/data/personas'
import { hashSecret } from '@mock/state'
import { countRequests, inputOf, issueLevel1, keypad, logInAs, mock, paste, press, setupClaimTestGateway, type, valueOf } from '@test/support/flow'

setupClaimTestGateway()

const resident = findPersona('new')!
/** Digits as a full-width keyboard types them: ２４６８１０. */
const fullWidth = (text: string) => text.replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0))
const fieldError = (id: string) => document.getElementById(`${id}-error`)?.textContent ?? null

async function openWizard() {
  await logInAs('new')
  render(<Wizard />)
  await screen.findByText('下一步')
}

describe('claim, step 1', () => {
  test('an ID pasted with a leading space keeps all 18 characters and is accepted', async () => {
    await openWizard()
    await type('姓名', resident.name)
    await paste('身份证号', ` ${resident.idNumber}`)
    await paste('手机号', resident.phone)
    expect(await valueOf('身份证号')).toBe(resident.idNumber)
    press('下一步')
    await screen.findByText('同意并继续')
    expect(useClaim.getState().identity.idNumber).toBe(resident.idNumber)
  })

  test('a 19-digit paste is kept and refused with how many too many, next to the field; nothing is sent', async () => {
    await openWizard()
    const sent = countRequests('')
    await type('姓名', resident.name)
    await paste('身份证号', `${resident.idNumber}7`)
    await paste('手机号', resident.phone)
    press('下一步')
    expect(await screen.findByText('身份证号比 18 位多了 1 位，请核对')).toBeTruthy()
    expect(fieldError('claim-id')).toBe('身份证号比 18 位多了 1 位，请核对')
    expect(await valueOf('身份证号')).toBe(`${resident.idNumber}7`)
    expect(screen.queryByText('同意并继续')).toBeNull()
    expect(sent.count).toBe(0)
  })

  test('full-width digits, a pasted label, a lower-case x and a phone copied as 139-0538-1234 are accepted', async () => {
    await openWizard()
    await type('姓名', resident.name)
    await paste('身份证号', `身份证号：${fullWidth('370902 19580312 0013')}`)
    await paste('手机号', '手机号: 139-0538-1234')
    expect(await valueOf('身份证号')).toBe(resident.idNumber)
    expect(await valueOf('手机号')).toBe('139 0538 1234')
    press('下一步')
    await screen.findByText('同意并继续')
    expect(useClaim.getState().identity).toMatchObject({ idNumber: resident.idNumber, phone: resident.phone })
  })

  test('a full-width lower-case ｘ as the check character is stored as X', async () => {
    await openWizard()
    await paste('身份证号', '11010519491231002ｘ')
    expect(await valueOf('身份证号')).toBe('11010519491231002X')
  })

  test('names: 䶮 and an ideograph outside the BMP are accepted; 王•建国 becomes 王·建国; a stray dot is named', async () => {
    await openWizard()
    await paste('身份证号', resident.idNumber)
    await paste('手机号', resident.phone)
    for (const name of ['李䶮', '𠀀𡈼明']) {
      await type('姓名', name)
      press('下一步')
      await screen.findByText('同意并继续')
      expect(useClaim.getState().identity.name).toBe(name)
      expect(fieldError('claim-name')).toBeNull()
      act(() => useClaim.getState().send('back'))
      await screen.findByText('下一步')
    }
    await type('姓名', ' 王•建国 ')
    press('下一步')
    await screen.findByText('同意并继续')
    expect(useClaim.getState().identity.name).toBe('王·建国')

    act(() => useClaim.getState().send('back'))
    await screen.findByText('下一步')
    const sent = countRequests('')
    await type('姓名', '王建国·')
    press('下一步')
    expect(await screen.findByText(FIELD_PROBLEM_MESSAGES.nameDotAtEnd)).toBeTruthy()
    expect(await valueOf('姓名')).toBe('王建国·')
    await type('姓名', '𠀀'.repeat(21))
    press('下一步')
    expect(await screen.findByText('姓名最多 20 个字，现在是 21 个字')).toBeTruthy()
    expect(await valueOf('姓名')).toBe('𠀀'.repeat(21))
    expect(sent.count).toBe(0)
  })

  test('each problem is named: too short, a letter inside, the check digit', async () => {
    await openWizard()
    await type('姓名', resident.name)
    await paste('手机号', resident.phone)
    for (const [id, message] of [
      ['37090219580312001', '身份证号应为 18 位，现在是 17 位'],
      ['3709021958O3120013', FIELD_PROBLEM_MESSAGES.idCharacters],
      ['370902195803120014', FIELD_PROBLEM_MESSAGES.idChecksum],
    ]) {
      await paste('身份证号', id)
      press('下一步')
      expect(await screen.findByText(message)).toBeTruthy()
    }
  })
})

test('level 2: a card number pasted with dashes is kept, shown in fours and linked', async () => {
  const persona = await issueLevel1('new')
  render(<Bank />)
  await screen.findByText('开通缴费结算', { selector: 'taro-button-core' })
  await paste('银行卡号', '卡号 6217-0012-3456-7890-122')
  await paste('手机号', '+86 139 0538 1234')
  expect(await valueOf('银行卡号')).toBe('6217 0012 3456 7890 122')
  expect(useClaim.getState().bank.cardNumber).toBe(persona.bankCardNumber)
  press('获取验证码')
  await screen.findByText(/秒后可重新获取/)
  await paste('验证码', fullWidth(TEST_SMS_CODE))
  press('开通缴费结算')
  expect(await screen.findByText(/已关联/)).toBeTruthy()
  expect(mock.gateway.state.card.status).toBe('level2')
})

test('level 2: a 20-digit card number is refused with how many too many; nothing is sent', async () => {
  await issueLevel1('new')
  render(<Bank />)
  await screen.findByText('开通缴费结算', { selector: 'taro-button-core' })
  const links = countRequests('/card/bank')
  await paste('银行卡号', '6217 0012 3456 7890 1220')
  await paste('手机号', resident.phone)
  await paste('验证码', TEST_SMS_CODE)
  press('开通缴费结算')
  expect(await screen.findByText('银行卡号比 19 位多了 1 位，请核对')).toBeTruthy()
  expect(await valueOf('银行卡号')).toBe('6217 0012 3456 7890 1220')
  expect(links.count).toBe(0)
})

test('typing a digit into the middle of a grouped phone regroups it and keeps the caret after that digit', async () => {
  render(<SmsLogin />)
  await paste('手机号', '13905381234')
  const input = await waitFor(() => inputOf('手机号'))
  expect(input.value).toBe('139 0538 1234')
  input.focus()
  // The resident puts the caret after "139 05" and types 7: the browser's text is now "139 057538 1234".
  input.value = '139 057538 1234'
  input.setSelectionRange(7, 7)
  fireEvent.input(input)
  await waitFor(() => expect(input.value).toBe('139 0575 3812 34'))
  expect(input.selectionStart).toBe(7)
})

test('H5 login: a phone pasted as +86 139-0538-1234 and a full-width code log in', async () => {
  render(<SmsLogin />)
  await paste('手机号', '+86 139-0538-1234')
  expect(await valueOf('手机号')).toBe('139 0538 1234')
  press('获取验证码')
  await screen.findByText(/秒后可重新获取/)
  await paste('验证码', `验证码：${fullWidth(TEST_SMS_CODE)}`)
  press('登录')
  await waitFor(() => expect(useSession.getState().token).toBeTruthy())
})

test('PIN activation: pairs and repeats are refused with the rule before anything is sent', async () => {
  await logInAs('initial-pin')
  const changes = countRequests('/card/pin')
  render(<Pin />)
  await keypad(INITIAL_PIN)
  await screen.findByText('请设置新的社保卡密码')
  await keypad('121212')
  expect(await screen.findByText(PASSWORD_MESSAGES.pattern)).toBeTruthy()
  await keypad('112233')
  expect(await screen.findByText(PASSWORD_MESSAGES.pattern)).toBeTruthy()
  expect(changes.count).toBe(0)
})

test("manage: the gateway's weak-password refusal says which rule (the birth date), not just 过于简单", async () => {
  const holder = findPersona('level2')! // born 1972-09-25
  await logInAs('level2')
  render(<ChangePassword />)
  await screen.findByText('请输入原电子社保卡密码')
  await keypad(TEST_ECARD_PASSWORD)
  await screen.findByText('请设置新的 6 位电子社保卡密码')
  // The page does not hold the ID number, so the gateway's own check refuses DDMMYY.
  await keypad('250972')
  await screen.findByText('请再次输入新的 6 位电子社保卡密码')
  await keypad('250972')
  expect(await screen.findByText(PASSWORD_MESSAGES['birth-date'])).toBeTruthy()
  expect(holder.idNumber.slice(6, 14)).toBe('19720925')
  expect(mock.gateway.state.card.passwordHash).not.toBe(hashSecret('250972'))
})
