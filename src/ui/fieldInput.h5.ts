import type { FieldKind } from '@/lib/fields'
import type { FieldInputProps } from './fieldInput'

/**
 * How each kind of field asks for input on H5: text inputs (a browser's number input refuses a pasted
 * "139 0538 1234" and full-width digits), with a numeric keyboard hint for the numbers but the ID number
 * (its last character may be X).
 */
export function fieldInput(kind: FieldKind): FieldInputProps {
  if (kind === 'name' || kind === 'idNumber') return { type: 'text' }
  return { type: 'text', nativeProps: { inputMode: 'numeric' } }
}
