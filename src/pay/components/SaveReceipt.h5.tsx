/** H5: the receipt is printed (or saved as PDF from the print dialog); pay.css's print rules leave only the receipt on paper. */
import { Button } from '@/ui/Button'

export function SaveReceipt(_: { rows: readonly (readonly [string, string])[] }) {
  return (
    <Button className="weui-btn weui-btn_default" onClick={() => window.print()}>
      打印或保存凭证
    </Button>
  )
}
