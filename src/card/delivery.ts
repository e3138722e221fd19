/** How the card reaches the resident, as the form holds it, and what is missing or wrong in it. */
import { fieldError, normaliseField } from '@/lib/fields'
import type { Mailing } from './api'

export interface DeliveryDraft {
  kind: 'outlet' | 'mail'
  pointId: string
  region: string[]
  street: string
  phone: string
}

export const EMPTY_DELIVERY: DeliveryDraft = { kind: 'outlet', pointId: '', region: ['', '', ''], street: '', phone: '' }

export type DeliveryErrors = Partial<Record<'pointId' | 'region' | 'street' | 'phone', string>>

export function deliveryErrors(draft: DeliveryDraft): DeliveryErrors {
  if (draft.kind === 'outlet') return draft.pointId ? {} : { pointId: '请选择领卡网点' }
  const errors: DeliveryErrors = {}
  if (draft.region.length !== 3 || draft.region.some((part) => !part.trim())) errors.region = '请填写完整的所在地区（省、市、区县）'
  const street = draft.street.trim()
  if (street.length < 5) errors.street = '请填写详细地址（街道、小区、门牌号），至少 5 个字'
  else if (street.length > 60) errors.street = `详细地址最多 60 个字，现在是 ${street.length} 个字`
  const phone = fieldError('phone', draft.phone)
  if (phone) errors.phone = phone
  return errors
}

export function deliveryRequest(draft: DeliveryDraft): { kind: 'outlet'; pointId: string } | Mailing {
  return draft.kind === 'outlet'
    ? { kind: 'outlet', pointId: draft.pointId }
    : { kind: 'mail', region: draft.region.map((part) => part.trim()), street: draft.street.trim(), phone: normaliseField('phone', draft.phone) }
}
