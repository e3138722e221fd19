/** Bank card numbers: 16 to 19 digits with a valid Luhn check digit. */
export function luhnValid(digits: string): boolean {
  let sum = 0
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i])
    if (i % 2 === 1) {
      d *= 2
      if (d > 9) d -= 9
    }
    sum += d
  }
  return sum % 10 === 0
}

export function luhnCheckDigit(withoutCheck: string): string {
  for (let d = 0; d <= 9; d++) if (luhnValid(withoutCheck + d)) return String(d)
  throw new Error('unreachable: one check digit always fits')
}

export function normaliseCardNumber(input: string): string {
  return input.replace(/\s+/g, '')
}

export function checkBankCard(input: string): string | null {
  const card = normaliseCardNumber(input)
  if (card === '') return '请输入社保卡银行卡号'
  if (!/^\d{16,19}$/.test(card)) return '银行卡号应为 16 到 19 位数字'
  if (!luhnValid(card)) return '银行卡号不正确，请逐位核对卡面号码'
  return null
}
