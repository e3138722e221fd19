import type { Input } from '@tarojs/components'
import type { ComponentProps } from 'react'
import type { FieldKind } from '@/lib/fields'

export type FieldInputProps = Pick<ComponentProps<typeof Input>, 'type' | 'nativeProps'>

/** How each kind of field asks for input in the mini-programs: their native number and ID-card keyboards (fieldInput.h5.ts is H5's). */
export function fieldInput(kind: FieldKind): FieldInputProps {
  if (kind === 'name') return { type: 'text' }
  return { type: kind === 'idNumber' ? 'idcard' : 'number' }
}
