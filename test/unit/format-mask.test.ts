import { formatDate, formatMoney, formatMonth } from '@/lib/format'
import { maskBankCard, maskCodeDigits, maskIdNumber, maskName, maskPhone } from '@/lib/mask'
import { checkName, checkPhone, checkSmsCode } from '@/lib/validators'

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
  expect(checkName('王建国')).toBeNull()
  expect(checkName('')).toBe('请输入姓名')
  expect(checkName('Wang')).toContain('中文姓名')
  expect(checkPhone('13905381234')).toBeNull()
  expect(checkPhone('1390538123')).toContain('11 位')
  expect(checkPhone('23905381234')).toContain('11 位')
  expect(checkSmsCode('246810')).toBeNull()
  expect(checkSmsCode('2468')).toContain('6 位')
})
