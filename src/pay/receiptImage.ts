/** The receipt as a picture (mini-programs save it to the album): white, the title, then the rows of `receiptRows`. */

/** What drawing needs of a Canvas 2D context (the mini-programs' and the DOM's). */
export interface Canvas2D {
  fillStyle: unknown
  font: string
  fillRect(x: number, y: number, width: number, height: number): void
  fillText(text: string, x: number, y: number): void
}

export const RECEIPT_IMAGE_WIDTH = 750
const TOP = 150
const ROW = 56
const BOTTOM = 90

export const receiptImageHeight = (rows: number) => TOP + rows * ROW + BOTTOM

export function drawReceipt(context: Canvas2D, rows: readonly (readonly [string, string])[]): void {
  const height = receiptImageHeight(rows.length)
  context.fillStyle = '#ffffff'
  context.fillRect(0, 0, RECEIPT_IMAGE_WIDTH, height)
  context.fillStyle = '#067d40'
  context.fillRect(0, 0, RECEIPT_IMAGE_WIDTH, 12)
  context.fillStyle = '#1a1a1a'
  context.font = 'bold 40px sans-serif'
  context.fillText('城乡居民医保缴费凭证', 40, 92)
  rows.forEach(([label, value], i) => {
    const y = TOP + i * ROW + 36
    context.font = '28px sans-serif'
    context.fillStyle = '#595959'
    context.fillText(label, 40, y)
    context.fillStyle = '#1a1a1a'
    context.fillText(value, 190, y)
  })
  context.fillStyle = '#595959'
  context.font = '24px sans-serif'
  context.fillText('凭验证码可在 12333 或当地人社部门核验本凭证', 40, height - 40)
}
