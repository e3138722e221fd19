import * as v from 'valibot'
import { birthDateOf, idCheckChar } from './idNumber'
import { luhnValid } from './luhn'

/**
 * The rules of every personal field, written once: the forms, the gateway contract's schemas and the
 * mock read them. A value is normalised before it is checked, so residents may paste from chat, type
 * on a full-width keyboard or copy a number as printed: full-width digits and letters become ASCII, a
 * leading label ("身份证号：") goes, spaces, dashes and dots inside numbers go, x becomes X. Nothing is
 * ever cut: a value too long after normalising gets a message that says by how much.
 */
export type FieldKind = 'idNumber' | 'phone' | 'bankCard' | 'smsCode' | 'name'
export type NumberKind = Exclude<FieldKind, 'name'>

interface FieldRule {
  label: string
  /** Length once normalised: digits, or a name's characters. */
  min: number
  max: number
  /** Display groups as printed (the last one repeats); none: shown as one run. */
  groups?: number[]
}

export const FIELD_RULES: Record<FieldKind, FieldRule> = {
  idNumber: { label: '身份证号', min: 18, max: 18 },
  phone: { label: '手机号', min: 11, max: 11, groups: [3, 4, 4] },
  bankCard: { label: '银行卡号', min: 16, max: 19, groups: [4] },
  smsCode: { label: '验证码', min: 6, max: 6 },
  name: { label: '姓名', min: 2, max: 20 },
}

/** The middle dot of minority names (U+00B7) and what keyboards and fonts offer instead of it. */
const DOT = '·'
const DOT_LOOK_ALIKES = /[.\u0387\u2022\u2027\u2219\u22c5\u30fb\u318d\uff0e\uff65]/g

/** Full-width ASCII (Ｕ+FF01–FF5E: ０-９, Ａ-Ｚ, ａ-ｚ, －, ：…) to its ASCII twin. */
const halfWidth = (input: string) => input.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
/** Whitespace (incl. U+3000 and no-break spaces), hyphens and dashes, dots: how numbers get grouped. */
const SEPARATORS = /[\s\-.\u00b7\u2010-\u2015\u2022\u2212\u30fb]/g
/** A label pasted in front of a number ("身份证号：", "卡号 "): any Chinese words, with their colons. */
const NUMBER_LABEL = /^(?:[\u4e00-\u9fff]+:?)+/
const NAME_LABEL = /^(?:姓名[:：]?)+/

export function normaliseNumber(kind: NumberKind, input: string): string {
  const value = halfWidth(input).replace(SEPARATORS, '').replace(NUMBER_LABEL, '').toUpperCase()
  return kind === 'phone' ? value.replace(/^(?:\+86|0086)(?=\d{11}$)/, '') : value
}

export function normaliseName(input: string): string {
  return input.replace(/\s+/g, '').replace(NAME_LABEL, '').replace(DOT_LOOK_ALIKES, DOT)
}

export const normaliseField = (kind: FieldKind, input: string) => (kind === 'name' ? normaliseName(input) : normaliseNumber(kind, input))

/**
 * Canonical forms (after normalising), also the contract's patterns. A name is Han ideographs (every
 * block, \p{Script=Han}; Babel spells it out for the mini-programs' engines, once) and middle dots; where
 * the dots may go and how long it may be is checked by checkField.
 */
export const FIELD_PATTERNS: Record<FieldKind, RegExp> = {
  idNumber: /^\d{17}[\dX]$/,
  phone: /^1[3-9]\d{9}$/,
  bankCard: /^\d{16,19}$/,
  smsCode: /^\d{6}$/,
  name: /^[\p{Script=Han}·]+$/u,
}

/** Length in characters (code points): 𠀀 is one character, two UTF-16 units. */
export const charCount = (value: string) => Array.from(value).length

/**
 * What can be wrong with a field, as a code: the checks return codes, FIELD_PROBLEM_MESSAGES words them.
 * The length codes are shared by every kind; the others belong to one kind.
 */
export type FieldProblemCode =
  | 'missing'
  | 'digitsOnly'
  | 'tooShort'
  | 'tooLong'
  | 'idCharacters'
  | 'idBirthDate'
  | 'idChecksum'
  | 'phonePrefix'
  | 'bankCardChecksum'
  | 'nameCharacters'
  | 'nameDotAtEnd'
  | 'nameDoubleDot'
  | 'nameTooShort'
  | 'nameTooLong'

/** A problem, the field it is in and the normalised value's length in characters (the length messages quote it). */
export interface FieldProblem {
  kind: FieldKind
  code: FieldProblemCode
  length: number
}

/** Every problem in words for the resident; {label}, {expected}, {min}, {max}, {over} and {length} come from the field's rule. */
export const FIELD_PROBLEM_MESSAGES: Record<FieldProblemCode, string> = {
  missing: '请输入{label}',
  digitsOnly: '{label}只能填数字',
  tooShort: '{label}应为 {expected} 位，现在是 {length} 位',
  tooLong: '{label}比 {max} 位多了 {over} 位，请核对',
  idCharacters: '身份证号只能填数字，最后一位可以是 X',
  idBirthDate: '身份证号中的出生日期不正确，请核对',
  idChecksum: '身份证号校验位不正确，请逐位核对',
  phonePrefix: '手机号应以 13 到 19 开头，请核对',
  bankCardChecksum: '银行卡号不正确，请逐位核对卡面号码',
  nameCharacters: `姓名只能填汉字，少数民族姓名可用间隔点“${DOT}”`,
  nameDotAtEnd: `间隔点“${DOT}”不能在姓名的开头或结尾`,
  nameDoubleDot: `姓名中不能有两个相连的间隔点“${DOT}”`,
  nameTooShort: '姓名至少 {min} 个字',
  nameTooLong: '姓名最多 {max} 个字，现在是 {length} 个字',
}

function lengthProblem(kind: NumberKind, length: number): FieldProblemCode | null {
  const { min, max } = FIELD_RULES[kind]
  return length > max ? 'tooLong' : length < min ? 'tooShort' : null
}

function numberProblem(kind: NumberKind, value: string, today: Date): FieldProblemCode | null {
  if (value === '') return 'missing'
  if (!(kind === 'idNumber' ? /^[\dX]*$/ : /^\d*$/).test(value)) return kind === 'idNumber' ? 'idCharacters' : 'digitsOnly'
  const length = lengthProblem(kind, value.length)
  if (length) return length
  if (kind === 'idNumber') {
    if (value.indexOf('X') >= 0 && value.indexOf('X') !== 17) return 'idCharacters'
    if (!birthDateOf(value, today)) return 'idBirthDate'
    if (idCheckChar(value.slice(0, 17)) !== value[17]) return 'idChecksum'
  }
  if (kind === 'phone' && !FIELD_PATTERNS.phone.test(value)) return 'phonePrefix'
  if (kind === 'bankCard' && !luhnValid(value)) return 'bankCardChecksum'
  return null
}

function nameProblem(name: string): FieldProblemCode | null {
  if (name === '') return 'missing'
  if (!FIELD_PATTERNS.name.test(name)) return 'nameCharacters'
  if (name.startsWith(DOT) || name.endsWith(DOT)) return 'nameDotAtEnd'
  if (name.includes(DOT + DOT)) return 'nameDoubleDot'
  const count = charCount(name)
  return count < FIELD_RULES.name.min ? 'nameTooShort' : count > FIELD_RULES.name.max ? 'nameTooLong' : null
}

/** What is wrong with the value once normalised, as a code; null when it is fine. */
export function checkField(kind: FieldKind, input: string, today = new Date()): FieldProblem | null {
  const value = normaliseField(kind, input)
  const code = kind === 'name' ? nameProblem(value) : numberProblem(kind, value, today)
  return code ? { kind, code, length: charCount(value) } : null
}

/** A problem in words: its message with the field's label and lengths filled in. */
export function fieldMessage({ kind, code, length }: FieldProblem): string {
  const { label, min, max } = FIELD_RULES[kind]
  const values: Record<string, string | number> = {
    label,
    expected: min === max ? min : `${min} 到 ${max}`,
    min,
    max,
    over: length - max,
    length,
  }
  return FIELD_PROBLEM_MESSAGES[code].replace(/\{(\w+)\}/g, (_, key: string) => String(values[key]))
}

/** What the form says under the field: the problem with the value in words, or null when it is fine. */
export function fieldError(kind: FieldKind, input: string, today = new Date()): string | null {
  const problem = checkField(kind, input, today)
  return problem ? fieldMessage(problem) : null
}

/**
 * The contract's schema of a field: its canonical form (the pattern), then its whole check (check digit,
 * birth date, Luhn), so the gateway accepts exactly what the forms accept and send.
 */
export const fieldSchema = (kind: FieldKind) =>
  v.pipe(
    v.string(),
    v.regex(FIELD_PATTERNS[kind]),
    v.check((value) => checkField(kind, value) === null),
  )

/** A stored (normalised) value as the field shows it: bank cards in fours, phones 3-4-4, as printed. */
export function displayField(kind: FieldKind, value: string): string {
  const { groups } = FIELD_RULES[kind]
  if (!groups || !/^\d+$/.test(value)) return value
  const parts: string[] = []
  for (let at = 0, i = 0; at < value.length; i++) {
    const size = groups[Math.min(i, groups.length - 1)]
    parts.push(value.slice(at, at + size))
    at += size
  }
  return parts.join(' ')
}

/** An e-card password or card PIN: six digits. Its rules are in password.ts (kept out of the main package). */
export const PASSWORD_FORMAT = /^\d{6}$/

/** The contract's schema of a password or PIN: its format (the gateway checks the rules and names a broken one). */
export const passwordSchema = v.pipe(v.string(), v.regex(PASSWORD_FORMAT))
