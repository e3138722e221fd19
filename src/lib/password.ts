import { PASSWORD_FORMAT } from './fields'
import { birthDateOf } from './idNumber'

/**
 * E-card password and card PIN rules: 6 digits, and none of the guessable ones in PASSWORD_RULES. The
 * one table: the app checks it before anything is sent, the mock gateway refuses with PASSWORD_WEAK and
 * the broken rule's id as `reason` (the client shows that rule's message), the tests walk its examples.
 */
export interface PasswordContext {
  idNumber?: string
  phone?: string
}

export type PasswordRuleId = 'repeated' | 'sequential' | 'pattern' | 'birth-date' | 'phone'

interface PasswordRule {
  id: PasswordRuleId
  message: string
  /** Passwords this rule refuses whatever the context (the message quotes them). */
  examples: readonly string[]
  breaks(password: string, context: PasswordContext): boolean
}

/** Every step between neighbouring digits, modulo 10: 123456 → {1}, 890123 → {1}, 654321 → {9}. */
function steps(password: string): Set<number> {
  const found = new Set<number>()
  for (let i = 1; i < password.length; i++) found.add((Number(password[i]) - Number(password[i - 1]) + 10) % 10)
  return found
}

/**
 * The birth date in the ID number in every order a resident might pick it as six digits: the 6-digit
 * windows of YYYYMMDD, YYYY with the month in front or behind, and YY, MM, DD in any order.
 */
export function birthDateFragments(idNumber: string): string[] {
  const birth = birthDateOf(idNumber)
  if (!birth) return []
  const [yyyy, yy, mm, dd] = [birth.slice(0, 4), birth.slice(2, 4), birth.slice(4, 6), birth.slice(6, 8)]
  const orders = [yy + mm + dd, yy + dd + mm, mm + dd + yy, mm + yy + dd, dd + mm + yy, dd + yy + mm]
  return [...new Set([birth.slice(0, 6), birth.slice(1, 7), mm + yyyy, dd + yyyy, yyyy + dd, ...orders])]
}

export const PASSWORD_RULES: readonly PasswordRule[] = [
  { id: 'repeated', message: '密码不能是同一个数字重复', examples: ['111111', '000000'], breaks: (p) => /^(\d)\1{5}$/.test(p) },
  {
    id: 'sequential',
    message: '密码不能是连续数字',
    examples: ['123456', '654321', '890123'],
    breaks: (p) => {
      const found = steps(p)
      return found.size === 1 && (found.has(1) || found.has(9))
    },
  },
  {
    id: 'pattern',
    message: '密码不能是成对或重复的数字',
    examples: ['112233', '121212', '123123', '111222'],
    breaks: (p) => /^(?:(\d)\1(\d)\2(\d)\3|(\d\d)\4\4|(\d{3})\5|(\d)\6\6(\d)\7\7)$/.test(p),
  },
  {
    id: 'birth-date',
    message: '密码不能使用出生日期（年、月、日的任何顺序）',
    examples: [],
    breaks: (p, c) => !!c.idNumber && birthDateFragments(c.idNumber).includes(p),
  },
  { id: 'phone', message: '密码不能是手机号后 6 位', examples: [], breaks: (p, c) => !!c.phone && c.phone.length >= 6 && c.phone.slice(-6) === p },
]

const ruleMessage = (rule: PasswordRule) => (rule.examples.length ? `${rule.message}（如 ${rule.examples.slice(0, 2).join('、')}）` : rule.message)

/** The rules in one sentence, shown wherever a new e-card password is set. */
export const PASSWORD_RULES_HINT = '新密码为 6 位数字，请不要与实体社保卡密码、银行卡密码相同，不要使用生日、手机号后 6 位、重复或连续的数字。'

export type PasswordProblem = 'length' | PasswordRuleId | 'initial-pin' | 'mismatch'

export const PASSWORD_MESSAGES = {
  length: '密码为 6 位数字',
  'initial-pin': '新密码不能是初始密码 123456',
  mismatch: '两次输入的密码不一致',
  ...(Object.fromEntries(PASSWORD_RULES.map((rule) => [rule.id, ruleMessage(rule)])) as Record<PasswordRuleId, string>),
} satisfies Record<PasswordProblem, string>

const isPasswordRuleId = (value: unknown): value is PasswordRuleId => PASSWORD_RULES.some((rule) => rule.id === value)

/** The gateway's refusal of a new password: the broken rule's message when it names one of ours. */
export function newPasswordRefusal(error: { code: string; message: string; reason?: string }): string {
  return error.code === 'PASSWORD_WEAK' && isPasswordRuleId(error.reason) ? PASSWORD_MESSAGES[error.reason] : error.message
}

/** The first rule the password breaks, or null. */
export function checkPassword(password: string, context: PasswordContext = {}): PasswordProblem | null {
  if (!PASSWORD_FORMAT.test(password)) return 'length'
  return PASSWORD_RULES.find((rule) => rule.breaks(password, context))?.id ?? null
}

/** The new password and its confirmation, as entered twice on the keypad. */
export function checkNewPassword(first: string, second: string, context: PasswordContext = {}): PasswordProblem | null {
  return checkPassword(first, context) ?? (first === second ? null : 'mismatch')
}
