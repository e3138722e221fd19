/** The Luhn check digit of bank card numbers (the field's rules are in fields.ts). */
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
