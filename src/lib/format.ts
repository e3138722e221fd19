/** Display formats: money from fen as ¥ with two decimals, dates in the local Chinese style. */

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
