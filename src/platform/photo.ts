/**
 * Taking or choosing the card photo (only the card sub-package imports this file). WeChat: chooseMedia (camera
 * or album, front camera first); Alipay has no chooseMedia (not in @mini-types/my): chooseImage. The image is
 * measured and read as base64 on the device, kept in memory for the upload, and never written to storage.
 * Neither platform offers face detection on a still photo here, so nothing is said about the face.
 */
import type { PhotoChoice } from './photoTypes'

export type { ChosenPhoto, PhotoChoice } from './photoTypes'

interface Picked {
  path: string
}

function pick(): Promise<Picked | null> {
  return new Promise((resolve) => {
    if (process.env.TARO_ENV === 'alipay') {
      my.chooseImage({
        count: 1,
        sizeType: ['compressed'],
        sourceType: ['camera', 'album'],
        success: (r) => resolve(r.apFilePaths[0] ? { path: r.apFilePaths[0] } : null),
        fail: () => resolve(null),
      })
      return
    }
    wx.chooseMedia({
      count: 1,
      mediaType: ['image'],
      sizeType: ['compressed'],
      sourceType: ['camera', 'album'],
      camera: 'front',
      success: (r) => resolve(r.tempFiles[0] ? { path: r.tempFiles[0].tempFilePath } : null),
      fail: () => resolve(null),
    })
  })
}

function measure(src: string): Promise<{ width: number; height: number }> {
  return new Promise((resolve, reject) => {
    const answer = { src, success: (r: { width: number; height: number }) => resolve({ width: r.width, height: r.height }), fail: reject }
    if (process.env.TARO_ENV === 'alipay') my.getImageInfo(answer)
    else wx.getImageInfo(answer)
  })
}

function readBase64(filePath: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const answer = {
      filePath,
      encoding: 'base64' as const,
      success: (r: { data: string | ArrayBuffer }) => (typeof r.data === 'string' ? resolve(r.data) : reject(new Error('binary answer'))),
      fail: reject,
    }
    if (process.env.TARO_ENV === 'alipay') my.getFileSystemManager().readFile(answer)
    else wx.getFileSystemManager().readFile(answer)
  })
}

export async function choosePhoto(): Promise<PhotoChoice> {
  const picked = await pick()
  if (!picked) return { kind: 'cancelled' }
  try {
    const [size, base64] = await Promise.all([measure(picked.path), readBase64(picked.path)])
    return { kind: 'chosen', photo: { ...size, base64, bytes: Math.floor((base64.length * 3) / 4), previewSrc: picked.path } }
  } catch {
    return { kind: 'unreadable' }
  }
}
