/** Adds query parameters to an app path (deep links): withQuery('/a/index?x=1', { city: 'kunming' }) → /a/index?x=1&city=kunming */
export function withQuery(path: string, params: Record<string, string | undefined>): string {
  const query = Object.entries(params)
    .filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== '')
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`)
    .join('&')
  if (!query) return path
  return `${path}${path.includes('?') ? '&' : '?'}${query}`
}
