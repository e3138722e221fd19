/** Display formats: money from fen as ¥ with two decimals, dates in the local Chinese style, the paying account. */
import type { PaidFrom } from '@/code/api'

/** The account a payment came from, as a receipt names it. */
export const PAID_FROM_NAMES: Record<PaidFrom, string> = { 'medical-account': '医保个人账户', 'bank-account': '银行账户' }

/** "已从您的医保个人账户支付"; the card's accounts in general when the gateway did not say which. */
export const paidFromSentence = (paidFrom: PaidFrom | undefined): string => `已从您的${paidFrom ? PAID_FROM_NAMES[paidFrom] : '社保卡账户'}支付`

export function formatMoney(fen: number): string {
  const sign = fen < 0 ? '-' : ''
  const abs = Math.abs(fen)
  const yuan = Math.floor(abs / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  return `${sign}¥${yuan}.${String(abs % 100).padStart(2, '0')}`
}

/** 2024-03-05 → 2024年3月5日 */
export function formatDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number)
  return `${year}年${month}月${day}日`
}

/** 2024-03 → 2024年3月 */
export function formatMonth(isoMonth: string): string {
  const [year, month] = isoMonth.split('-').map(Number)
  return `${year}年${month}月`
}
