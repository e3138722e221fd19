/** The words the pay pages show for the gateway's values, and the receipt's rows (the page and the saved image). */
import { useActingFor } from '@/identity/acting'
import { formatMoney } from '@/lib/format'
import { calledOf } from '@/lib/relation'
import type { PageLink, PageUrl } from '@/lib/routes'
import type { PayablePerson, PayReceipt } from './api'

export const STATUS_LABELS: Record<PayablePerson['status'], string> = {
  paid: '已缴',
  due: '待缴',
  'not-insured': '不在参保范围',
  employer: '已由单位缴纳',
}

const RELATION_LABELS: Record<PayablePerson['relation'], string> = { self: '本人', parent: '父母', spouse: '配偶', child: '子女' }

type Named = Pick<PayablePerson, 'nameMasked' | 'relation'>

/** 张*明（本人）; acting for a relative, their own row (`self`) as the family calls them: 杨*兰（母亲）. */
export function usePersonName(): (person: Named) => string {
  const { relative } = useActingFor()
  const self = relative ? calledOf(relative) : RELATION_LABELS.self
  return (person) => `${person.nameMasked}（${person.relation === 'self' ? self : RELATION_LABELS[person.relation]}）`
}

const PAID_WITH_LABELS: Record<PayReceipt['paidWith'], string> = {
  wechat: '微信支付',
  alipay: '支付宝',
  cashier: '网页收银台',
  'bank-account': '社保卡银行账户',
}

const CHINA_OFFSET_MS = 8 * 3600_000

/** An instant as China's wall clock: 2026年12月7日 09:30 (the gateway's cities are all on UTC+8). */
export function formatInstant(ms: number): string {
  const [day, time] = new Date(ms + CHINA_OFFSET_MS).toISOString().slice(0, 16).split('T')
  const [year, month, date] = day.split('-').map(Number)
  return `${year}年${month}月${date}日 ${time}`
}

/** 2027年度 */
export const insuranceYear = (year: number) => `${year}年度`

/** The receipt's facts, label and value, in the order the page and the saved image show them. */
export function receiptRows(receipt: PayReceipt, personName: (person: Named) => string): [string, string][] {
  return [
    ['缴费人', receipt.payerMasked],
    ...receipt.people.map((person): [string, string] => ['参保人', `${personName(person)}，${person.idNumberMasked}，${formatMoney(person.amountFen)}`]),
    ['险种', `城乡居民基本医疗保险 ${insuranceYear(receipt.year)}`],
    ['缴费金额', formatMoney(receipt.totalFen)],
    ['缴费时间', formatInstant(receipt.paidAt)],
    ['支付方式', PAID_WITH_LABELS[receipt.paidWith]],
    ['订单号', receipt.orderId],
    ['验证码', receipt.verificationCode],
  ]
}

export const PAY_HOME: PageUrl = '/pay/index/index'
export const HISTORY_URL: PageUrl = '/pay/history/index'
/** An order's page, for whom it was made (`onBehalfOf`: a relative's). */
export const orderUrl = (orderId: string, onBehalfOf?: string): PageLink => `/pay/order/index?order=${orderId}${onBehalfOf ? `&for=${onBehalfOf}` : ''}`
