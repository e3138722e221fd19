/**
 * H5: a file input that opens the camera (`capture`, front camera) or, where the browser offers it, the album.
 * The image is read as a data URL in the page (the preview too: the host's CSP allows data: images, not blob:),
 * measured, kept in memory for the upload, never stored.
 */
import type { PhotoChoice } from './photoTypes'

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

function readDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve(String(reader.result))
    reader.onerror = reject
    reader.readAsDataURL(file)
  })
}

export async function choosePhoto(): Promise<PhotoChoice> {
  const file = await pick()
  if (!file) return { kind: 'cancelled' }
  try {
    const previewSrc = await readDataUrl(file)
    const size = await measure(previewSrc)
    return { kind: 'chosen', photo: { ...size, base64: previewSrc.replace(/^data:[^,]*,/, ''), bytes: file.size, previewSrc } }
  } catch {
    return { kind: 'unreadable' }
  }
}
