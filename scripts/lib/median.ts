/** The median of the finite values (the mean of the middle two for an even count); null when there is none. */
export function median(values: readonly number[]): number
export function median(values: readonly (number | null | undefined)[]): number | null
export function median(values: readonly (number | null | undefined)[]): number | null {
  const sorted = values.filter((value): value is number => Number.isFinite(value)).sort((a, b) => a - b)
  if (!sorted.length) return null
  const middle = sorted.length >> 1
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}
