/**
 * Mini-programs: the input event reports the caret (`detail.cursor`), and the input's own `cursor`
 * property places it after a reformat (see Field).
 */
export const caretOf = (_id: string, reported: number | undefined): number | undefined => reported

export function useCaret(_id: string, _shown: string, edit: { cursor: number } | null): { cursor?: number } {
  return edit ? { cursor: edit.cursor } : {}
}
