import { displayField, normaliseNumber, type NumberKind } from './fields'

export interface NumberEdit {
  /** What is stored: the normalised number, digits only (X for the ID's check character). */
  value: string
  /** What the field shows: grouped as printed. */
  display: string
  /** Where the caret goes in `display`: after the same digits it followed in the edited text. */
  cursor: number
}

/**
 * One keystroke or paste in a number field, from the text the input now holds and its caret (both H5's
 * and the mini-programs' input events carry `value` and `cursor`). Pure, so one helper serves both.
 */
export function editNumber(kind: NumberKind, raw: string, cursor = raw.length): NumberEdit {
  const value = normaliseNumber(kind, raw)
  const display = displayField(kind, value)
  const before = Math.min(normaliseNumber(kind, raw.slice(0, cursor)).length, value.length)
  let at = 0
  for (let seen = 0; at < display.length && seen < before; at++) if (display[at] !== ' ') seen++
  return { value, display, cursor: at }
}
