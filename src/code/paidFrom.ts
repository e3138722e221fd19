import type { PaidFrom } from './api'

/** The account a payment came from, as a receipt names it. */
const PAID_FROM_NAMES: Record<PaidFrom, string> = { 'medical-account': '医保个人账户', 'bank-account': '银行账户' }

/** "已从您的医保个人账户支付"; the card's accounts in general when the gateway did not say which. */
export const paidFromSentence = (paidFrom: PaidFrom | undefined): string => `已从您的${paidFrom ? PAID_FROM_NAMES[paidFrom] : '社保卡账户'}支付`
