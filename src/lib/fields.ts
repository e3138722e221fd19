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

interface NumberRule {
  label: string
  min: number
  max: number
  /** Display groups as printed (the last one repeats); none: shown as one run. */
  groups?: number[]
}

export const NUMBER_FIELDS: Record<NumberKind, NumberRule> = {
  idNumber: { label: '身份证号', min: 18, max: 18 },
  phone: { label: '手机号', min: 11, max: 11, groups: [3, 4, 4] },
  bankCard: { label: '银行卡号', min: 16, max: 19, groups: [4] },
  smsCode: { label: '验证码', min: 6, max: 6 },
}

export const NAME_MAX = 20
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

export const ID_MESSAGES = {
  characters: '身份证号只能填数字，最后一位可以是 X',
  birthDate: '身份证号中的出生日期不正确，请核对',
  checksum: '身份证号校验位不正确，请逐位核对',
}

export const NAME_MESSAGES = {
  characters: `姓名只能填汉字，少数民族姓名可用间隔点“${DOT}”`,
  dotAtEnd: `间隔点“${DOT}”不能在姓名的开头或结尾`,
  doubleDot: `姓名中不能有两个相连的间隔点“${DOT}”`,
  short: '姓名至少 2 个字',
}

const lengthMessage = ({ label, min, max }: NumberRule, length: number): string | null => {
  if (length > max) return `${label}比 ${max} 位多了 ${length - max} 位，请核对`
  if (length < min) return `${label}应为 ${min === max ? min : `${min} 到 ${max}`} 位，现在是 ${length} 位`
  return null
}

function checkNumber(kind: NumberKind, value: string, today: Date): string | null {
  const rule = NUMBER_FIELDS[kind]
  if (value === '') return `请输入${rule.label}`
  if (!(kind === 'idNumber' ? /^[\dX]*$/ : /^\d*$/).test(value)) return kind === 'idNumber' ? ID_MESSAGES.characters : `${rule.label}只能填数字`
  const length = lengthMessage(rule, value.length)
  if (length) return length
  if (kind === 'idNumber') {
    if (value.indexOf('X') >= 0 && value.indexOf('X') !== 17) return ID_MESSAGES.characters
    if (!birthDateOf(value, today)) return ID_MESSAGES.birthDate
    if (idCheckChar(value.slice(0, 17)) !== value[17]) return ID_MESSAGES.checksum
  }
  if (kind === 'phone' && !FIELD_PATTERNS.phone.test(value)) return '手机号应以 13 到 19 开头，请核对'
  if (kind === 'bankCard' && !luhnValid(value)) return '银行卡号不正确，请逐位核对卡面号码'
  return null
}

function checkName(name: string): string | null {
  if (name === '') return '请输入姓名'
  if (!FIELD_PATTERNS.name.test(name)) return NAME_MESSAGES.characters
  if (name.startsWith(DOT) || name.endsWith(DOT)) return NAME_MESSAGES.dotAtEnd
  if (name.includes(DOT + DOT)) return NAME_MESSAGES.doubleDot
  const count = charCount(name)
  if (count < 2) return NAME_MESSAGES.short
  if (count > NAME_MAX) return `姓名最多 ${NAME_MAX} 个字，现在是 ${count} 个字`
  return null
}

/** What is wrong with the value once normalised, in words for the resident; null when it is fine. */
export function checkField(kind: FieldKind, input: string, today = new Date()): string | null {
  const value = normaliseField(kind, input)
  return kind === 'name' ? checkName(value) : checkNumber(kind, value, today)
}

/** A stored (normalised) value as the field shows it: bank cards in fours, phones 3-4-4, as printed. */
export function displayField(kind: FieldKind, value: string): string {
  const groups = kind === 'name' ? undefined : NUMBER_FIELDS[kind].groups
  if (!groups || !/^\d+$/.test(value)) return value
  const parts: string[] = []
  for (let at = 0, i = 0; at < value.length; i++) {
    const size = groups[Math.min(i, groups.length - 1)]
    parts.push(value.slice(at, at + size))
    at += size
  }
  return parts.join(' ')
}
