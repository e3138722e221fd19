/** Masks for personal data on screen: the ends stay, the middle becomes *. */
function keepEnds(value: string, head: number, tail: number): string {
  if (value.length <= head + tail) return '*'.repeat(value.length)
  return value.slice(0, head) + '*'.repeat(value.length - head - tail) + value.slice(value.length - tail)
}

/** 3701**********1234 */
export const maskIdNumber = (id: string) => keepEnds(id, 4, 4)
/** 138****5678 */
export const maskPhone = (phone: string) => keepEnds(phone, 3, 4)
/** **** **** **** 1234 */
export const maskBankCard = (card: string) => `**** **** **** ${card.slice(-4)}`
/** 张*明, 李* */
export function maskName(name: string): string {
  // By character, not UTF-16 unit: a name may hold ideographs outside the BMP (𠀀).
  const chars = Array.from(name)
  return chars.length <= 2 ? chars[0] + '*' : chars[0] + '*'.repeat(chars.length - 2) + chars[chars.length - 1]
}
/** The numeric code under the QR: first 4 and last 4 shown. */
export const maskCodeDigits = (digits: string) => keepEnds(digits, 4, 4)
