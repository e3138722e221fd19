import { birthDateOf } from './idNumber'

/**
 * E-card password and card PIN rules: 6 digits, not repeated, not sequential, not part of the birth
 * date in the ID number, not the phone's last six digits. Checked before anything is sent.
 */
export type PasswordProblem = 'length' | 'repeated' | 'sequential' | 'birth-date' | 'phone' | 'initial-pin' | 'mismatch'

export const PASSWORD_MESSAGES: Record<PasswordProblem, string> = {
  length: '密码为 6 位数字',
  repeated: '密码不能是同一个数字重复（如 111111）',
  sequential: '密码不能是连续数字（如 123456、654321）',
  'birth-date': '密码不能使用出生日期',
  phone: '密码不能是手机号后 6 位',
  'initial-pin': '新密码不能是初始密码 123456',
  mismatch: '两次输入的密码不一致',
}

function isSequential(password: string): boolean {
  const steps = new Set<number>()
  for (let i = 1; i < password.length; i++) steps.add(Number(password[i]) - Number(password[i - 1]))
  return steps.size === 1 && (steps.has(1) || steps.has(-1))
}

/** Every 6-digit window of the birth date's YYYYMMDD, plus YYMMDD and MMDD-based forms. */
export function birthDateFragments(idNumber: string): string[] {
  const birth = birthDateOf(idNumber)
  if (!birth) return []
  const fragments = new Set<string>([birth.slice(0, 6), birth.slice(1, 7), birth.slice(2, 8), birth.slice(4, 8) + birth.slice(2, 4)])
  return [...fragments]
}

export interface PasswordContext {
  idNumber?: string
  phone?: string
}

export function checkPassword(password: string, context: PasswordContext = {}): PasswordProblem | null {
  if (!/^\d{6}$/.test(password)) return 'length'
  if (/^(\d)\1{5}$/.test(password)) return 'repeated'
  if (isSequential(password)) return 'sequential'
  if (context.idNumber && birthDateFragments(context.idNumber).includes(password)) return 'birth-date'
  if (context.phone && context.phone.length >= 6 && context.phone.slice(-6) === password) return 'phone'
  return null
}

/** The new password and its confirmation, as entered twice on the keypad. */
export function checkNewPassword(first: string, second: string, context: PasswordContext = {}): PasswordProblem | null {
  return checkPassword(first, context) ?? (first === second ? null : 'mismatch')
}
