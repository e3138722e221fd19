/**
 * The card photo's checks on the device, before anything is uploaded: a 2-inch portrait (35 × 49 mm, about
 * 5:7), large enough to print, small enough to send. The white background cannot be judged reliably on the
 * device: the page asks for it as a hint.
 */
import { PHOTO_MAX_BYTES } from './api'

/** The smallest photo the card printers take (358 × 441 px, the national card photo rule). */
export const PHOTO_MIN = { width: 358, height: 441 }
const ASPECT = { min: 0.65, max: 0.85 }

export interface PhotoFacts {
  bytes: number
  width: number
  height: number
}

/** What is wrong with the photo, in words; an empty list when it may be uploaded. */
export function photoProblems({ bytes, width, height }: PhotoFacts): string[] {
  const problems: string[] = []
  if (bytes > PHOTO_MAX_BYTES) problems.push(`照片有 ${(bytes / 1024 / 1024).toFixed(1)} MB，超过 2 MB，请重新拍摄或选择较小的照片`)
  if (width < PHOTO_MIN.width || height < PHOTO_MIN.height) {
    problems.push(`照片太小（${width}×${height} 像素），至少需要 ${PHOTO_MIN.width}×${PHOTO_MIN.height} 像素，请换一张更清晰的`)
  }
  const aspect = width / height
  if (aspect < ASPECT.min || aspect > ASPECT.max) problems.push('照片应为竖向的二寸照（宽与高约 5:7），请竖着拿手机重新拍摄')
  return problems
}
