/**
 * H5: a file input that opens the camera (`capture`, front camera) or, where the browser offers it, the album.
 * The image is measured and read as base64 in the page, kept in memory for the upload, never stored; the
 * preview is an object URL, released when the photo is replaced or the step is left.
 */
import type { ChosenPhoto, PhotoChoice } from './photoTypes'

export type { ChosenPhoto, PhotoChoice } from './photoTypes'

function pick(): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.accept = 'image/jpeg,image/png'
    input.setAttribute('capture', 'user')
    input.setAttribute('aria-hidden', 'true')
    input.style.display = 'none'
    const done = (file: File | null) => {
      input.remove()
      resolve(file)
    }
    input.addEventListener('change', () => done(input.files?.[0] ?? null))
    input.addEventListener('cancel', () => done(null))
    document.body.appendChild(input)
    input.click()
  })
}

function measure(src: string): Promise<{ width: number; height: number }> {
  return new Promise((resolve, reject) => {
    const image = new Image()
    image.onload = () => resolve({ width: image.naturalWidth, height: image.naturalHeight })
    image.onerror = reject
    image.src = src
  })
}

function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''))
    reader.onerror = reject
    reader.readAsDataURL(file)
  })
}

export async function choosePhoto(): Promise<PhotoChoice> {
  const file = await pick()
  if (!file) return { kind: 'cancelled' }
  const previewSrc = URL.createObjectURL(file)
  try {
    const [size, base64] = await Promise.all([measure(previewSrc), readBase64(file)])
    return { kind: 'chosen', photo: { ...size, base64, bytes: file.size, previewSrc } }
  } catch {
    URL.revokeObjectURL(previewSrc)
    return { kind: 'unreadable' }
  }
}

export function releasePhoto(photo: ChosenPhoto): void {
  URL.revokeObjectURL(photo.previewSrc)
}
