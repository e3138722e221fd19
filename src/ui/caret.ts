/** Mini-programs: the input's own `cursor` property places the caret after a reformat (see Field). */
export function useCaret(_id: string, _shown: string, edit: { cursor: number } | null): { cursor?: number } {
  return edit ? { cursor: edit.cursor } : {}
}
