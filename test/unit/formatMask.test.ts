import { formatDate, formatMoney, formatMonth } from '@/lib/format'
import { maskBankCard, maskCodeDigits, maskIdNumber, maskName, maskPhone } from '@/lib/mask'
import { checkField, fieldError } from '@/lib/fields'

test('money is ¥ with thousands separators and two decimals', () => {
  expect(formatMoney(0)).toBe('¥0.00')
  expect(formatMoney(5)).toBe('¥0.05')
  expect(formatMoney(123456789)).toBe('¥1,234,567.89')
  expect(formatMoney(-3650)).toBe('-¥36.50')
})

test('dates read the Chinese way', () => {
  expect(formatDate('2024-03-05')).toBe('2024年3月5日')
  expect(formatMonth('2003-11')).toBe('2003年11月')
})

test('personal data keeps only its ends', () => {
  expect(maskIdNumber('370902195803120013')).toBe('3709**********0013')
  expect(maskPhone('13905381234')).toBe('139****1234')
  expect(maskBankCard('6217001234567890122')).toBe('**** **** **** 0122')
  expect(maskName('王建国')).toBe('王*国')
  expect(maskName('李明')).toBe('李*')
  expect(maskCodeDigits('123456789012345678')).toBe('1234**********5678')
})

test('field checks give a Chinese message or null', () => {
  expect(checkField('name', '王建国')).toBeNull()
  expect(fieldError('name', '')).toBe('请输入姓名')
  expect(fieldError('name', 'Wang')).toBe('姓名只能填汉字，少数民族姓名可用间隔点“·”')
  expect(checkField('phone', '13905381234')).toBeNull()
  expect(fieldError('phone', '1390538123')).toBe('手机号应为 11 位，现在是 10 位')
  expect(fieldError('phone', '23905381234')).toBe('手机号应以 13 到 19 开头，请核对')
  expect(checkField('smsCode', '246810')).toBeNull()
  expect(fieldError('smsCode', '2468')).toBe('验证码应为 6 位，现在是 4 位')
})
