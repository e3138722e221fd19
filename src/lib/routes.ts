/**
 * The app's one route table: every page of src/app.config.ts (pages and sub-package pages), flattened. A unit
 * test keeps the two equal (app.config.ts needs Taro's build globals and cannot be imported here). A page URL in
 * the code is typed as `PageUrl`, so a path that is not a page fails the typecheck.
 */
export const APP_ROUTES = [
  'pages/home/index',
  'pages/card/index',
  'pages/me/index',
  'outlets/list/index',
  'outlets/detail/index',
  'city/leave/index',
  'claim/wizard/index',
  'claim/bank/index',
  'claim/pin/index',
  'claim/status/index',
  'code/show/index',
  'code/scan/index',
  'records/index/index',
  'records/contributions/index',
  'records/medical/index',
  'records/pension/index',
  'records/benefits/index',
  'manage/index/index',
  'manage/password/index',
  'manage/reset/index',
  'manage/loss/index',
  'manage/unbind/index',
  'card/index/index',
  'card/apply/index',
  'card/progress/index',
  'family/index/index',
  'family/add/index',
  'family/grants/index',
  'pay/index/index',
  'pay/order/index',
  'pay/history/index',
] as const

export type AppRoute = (typeof APP_ROUTES)[number]
/** An app page's URL: `/` + its route. */
export type PageUrl = `/${AppRoute}`
/** An app page's URL, optionally with a query (`/outlets/list/index?service=lift-loss`). */
export type PageLink = PageUrl | `${PageUrl}?${string}`

/**
 * Whether `path` opens one of the app's own pages: `/` + a route of APP_ROUTES, optionally with a query
 * of plain `name=value` pairs (letters, digits, `-`, `_`). Anything else (`//host/x`, a URL, `..`) could
 * leave the app on H5, where Taro's router falls back to location.assign.
 */
export function isAppPath(path: string): path is PageLink {
  const [route, query, ...more] = path.split('?')
  if (more.length || !route.startsWith('/') || !(APP_ROUTES as readonly string[]).includes(route.slice(1))) return false
  return query === undefined || /^[\w-]+=[\w-]*(&[\w-]+=[\w-]*)*$/.test(query)
}
