/** Mini-programs: the receipt drawn as a picture on a hidden canvas and saved to the album (SaveReceipt.h5.tsx prints). */
import { Canvas, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { saveCanvasToAlbum, type SaveOutcome } from '@/platform/savedImage'
import { Alert } from '@/ui/Alert'
import { Button } from '@/ui/Button'
import { RECEIPT_IMAGE_WIDTH, drawReceipt, receiptImageHeight, type Canvas2D } from '../receiptImage'

const CANVAS_ID = 'pay-receipt-image'

const MESSAGES: Record<SaveOutcome, string> = {
  saved: '缴费凭证已保存到相册',
  denied: '没有保存到相册的权限。请在设置中允许后再试，或截图保存',
  failed: '保存没有成功，请稍后再试或截图保存',
}

interface CanvasNode {
  width: number
  height: number
  getContext(type: '2d'): Canvas2D | null
}

export function SaveReceipt({ rows }: { rows: readonly (readonly [string, string])[] }) {
  const [outcome, setOutcome] = useState<SaveOutcome | null>(null)
  const [saving, setSaving] = useState(false)
  const height = receiptImageHeight(rows.length)

  function save() {
    setSaving(true)
    setOutcome(null)
    Taro.createSelectorQuery()
      .select(`#${CANVAS_ID}`)
      .fields({ node: true })
      .exec((results: Array<{ node?: CanvasNode } | null>) => {
        const node = results[0]?.node
        const context = node?.getContext('2d')
        if (!node || !context) return (setSaving(false), setOutcome('failed'))
        node.width = RECEIPT_IMAGE_WIDTH
        node.height = height
        drawReceipt(context, rows)
        void saveCanvasToAlbum(node).then((result) => (setSaving(false), setOutcome(result)))
      })
  }

  return (
    <View>
      <Canvas type="2d" id={CANVAS_ID} className="pay-receipt-canvas" style={{ width: `${RECEIPT_IMAGE_WIDTH}px`, height: `${height}px` }} />
      {outcome === 'saved' ? (
        <View className="hint" role="status">
          {MESSAGES.saved}
        </View>
      ) : (
        <Alert message={outcome && MESSAGES[outcome]} />
      )}
      <Button className="weui-btn weui-btn_default" loading={saving} disabled={saving} onClick={save}>
        保存凭证图片
      </Button>
    </View>
  )
}
