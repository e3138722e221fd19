import { useLayoutEffect } from 'react'

const inputOf = (id: string) => document.getElementById(id)?.querySelector('input')

/** H5: Taro's input event reports the caret as the end of the text; the DOM input knows where it is. */
export const caretOf = (id: string, reported: number | undefined): number | undefined => inputOf(id)?.selectionStart ?? reported

/**
 * H5: after an edit reformats a number field (digits grouped, separators dropped), show the new text and
 * put the caret after the digits it followed; Taro's H5 input has no `cursor` property, and a value set
 * from outside sends the caret to the end. Runs after each edit (a new `edit` object), not on other renders.
 */
export function useCaret(id: string, shown: string, edit: { cursor: number } | null): { cursor?: number } {
  useLayoutEffect(() => {
    const input = inputOf(id)
    if (!edit || !input || document.activeElement !== input) return
    if (input.value !== shown) input.value = shown
    input.setSelectionRange(edit.cursor, edit.cursor)
  }, [id, shown, edit])
  return {}
}
