/**
 * Saving a picture the app drew (a receipt) to the phone's album: the <Canvas type="2d"> node's picture as a
 * temporary file (WeChat: wx.canvasToTempFilePath with the node; Alipay: the node's own toTempFilePath), then
 * the album. Mini-programs only (H5 prints the page instead), and a file of its own, so only the sub-package
 * that saves bundles it.
 */

/** saved; denied: the resident refused the album permission; failed: anything else. */
export type SaveOutcome = 'saved' | 'denied' | 'failed'

interface AlipayCanvasNode {
  toTempFilePath(options: { success(result: { tempFilePath?: string; apFilePath?: string }): void; fail(): void }): void
}

export function saveCanvasToAlbum(canvas: unknown): Promise<SaveOutcome> {
  return new Promise((resolve) => {
    const failed = () => resolve('failed')
    if (process.env.TARO_ENV === 'alipay') {
      ;(canvas as AlipayCanvasNode).toTempFilePath({
        success: ({ tempFilePath, apFilePath }) =>
          my.saveImageToPhotosAlbum({
            filePath: tempFilePath ?? apFilePath ?? '',
            success: () => resolve('saved'),
            // Alipay: 15 = the resident did not allow the album.
            fail: ({ error }) => resolve(error === 15 ? 'denied' : 'failed'),
          }),
        fail: failed,
      })
    } else if (process.env.TARO_ENV === 'weapp') {
      wx.canvasToTempFilePath({
        canvas: canvas as WechatMiniprogram.Canvas,
        success: ({ tempFilePath }) =>
          wx.saveImageToPhotosAlbum({
            filePath: tempFilePath,
            success: () => resolve('saved'),
            fail: ({ errMsg }) => resolve(/auth den/.test(errMsg) ? 'denied' : 'failed'),
          }),
        fail: failed,
      })
    } else failed()
  })
}
