/** A photo taken or chosen on the device, in memory only: its size, its pixels' size, the image as base64, a preview. */
export interface ChosenPhoto {
  base64: string
  bytes: number
  width: number
  height: number
  /** For <Image src>: a temporary file path (mini-programs) or a data URL (H5). */
  previewSrc: string
}

export type PhotoChoice = { kind: 'chosen'; photo: ChosenPhoto } | { kind: 'cancelled' } | { kind: 'unreadable' }
