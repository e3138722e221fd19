/** The child a guardian applies for, as the form holds it, and what is wrong with it. */
import { fieldError, normaliseField } from '@/lib/fields'

export interface ChildDraft {
  name: string
  idNumber: string
  householdNumber: string
  guardian: boolean
}

/** The household number's digits, forgiving as every number field is (full-width digits, spaces, a label). */
const householdDigits = (text: string) => normaliseField('smsCode', text)

export const EMPTY_CHILD: ChildDraft = { name: '', idNumber: '', householdNumber: '', guardian: false }

export type ChildErrors = Partial<Record<keyof ChildDraft, string>>

export function childErrors(draft: ChildDraft): ChildErrors {
  const errors: ChildErrors = {}
  const name = fieldError('name', draft.name)
  if (name) errors.name = name
  const id = fieldError('idNumber', draft.idNumber)
  if (id) errors.idNumber = id
  if (!/^\d{6,12}$/.test(householdDigits(draft.householdNumber))) errors.householdNumber = '户号为 6 到 12 位数字，见户口簿首页'
  if (!draft.guardian) errors.guardian = '只有孩子的父母或法定监护人可以为孩子申领'
  return errors
}

export const childRequest = (draft: ChildDraft) => ({
  name: normaliseField('name', draft.name),
  idNumber: normaliseField('idNumber', draft.idNumber),
  householdNumber: householdDigits(draft.householdNumber),
  guardian: true as const,
})
