import type { InsuranceType } from '@/records/api'
import type { ResponseOf } from '@/gateway/contract'

/** The five insurances in the order residents know them (五险). */
export const INSURANCE_TYPES: readonly InsuranceType[] = ['pension', 'medical', 'unemployment', 'injury', 'maternity']

export const INSURANCE_NAMES: Record<InsuranceType, string> = {
  pension: '养老保险',
  medical: '医疗保险',
  unemployment: '失业保险',
  injury: '工伤保险',
  maternity: '生育保险',
}

export const ENROLMENT_STATES: Record<ResponseOf<'enrolment'>[number]['state'], string> = {
  active: '正常参保',
  suspended: '暂停缴费',
  never: '未参保',
}

export const TRANSACTION_KINDS: Record<ResponseOf<'medicalTransactions'>['items'][number]['kind'], string> = {
  pharmacy: '药店购药',
  hospital: '医院就诊',
  refund: '退费',
  deposit: '账户划入',
}
