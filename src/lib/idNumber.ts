/** Resident ID numbers (GB 11643-1999): 17 digits, a birth date inside, an ISO 7064 MOD 11-2 check character. */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const CHECK_CHARS = '10X98765432'

export function idCheckChar(first17: string): string {
  const sum = WEIGHTS.reduce((total, weight, i) => total + weight * Number(first17[i]), 0)
  return CHECK_CHARS[sum % 11]
}

/** The birth date as YYYYMMDD if it is a real calendar date not in the future, else null. */
export function birthDateOf(idNumber: string, today = new Date()): string | null {
  const yyyymmdd = idNumber.slice(6, 14)
  const year = Number(yyyymmdd.slice(0, 4))
  const month = Number(yyyymmdd.slice(4, 6))
  const day = Number(yyyymmdd.slice(6, 8))
  const date = new Date(Date.UTC(year, month - 1, day))
  const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  if (!real || year < 1900 || date.getTime() > today.getTime()) return null
  return yyyymmdd
}
