/** The civic centre's service catalogue: search in the words residents use. */
import { HOTLINE } from './hotline'
import { isAppPath, type PageLink, type PageUrl } from './routes'
import { withQuery } from './url'

/** A service opens one of the app's pages (`path`) or an official website (`url`, after the leaving step). */
export type CatalogueService = {
  id: string
  name: string
  keywords: string[]
  enabled: boolean
} & ({ path: string; url?: undefined } | { url: string; path?: undefined })

/** The 即将离开本应用 step, which every website service goes through (it looks the service up by city and id). */
export const LEAVE_PAGE: PageUrl = '/city/leave/index'

/**
 * Where tapping a service goes: its own page, or the leaving step for a website. The address itself never
 * goes into a route (the step reads it from the catalogue), so a route cannot be made to open another site.
 */
export function serviceRoute(service: CatalogueService, cityId: string | null | undefined): PageLink {
  const city = cityId ?? undefined
  const route = service.url === undefined ? withQuery(service.path, { city }) : withQuery(LEAVE_PAGE, { city, service: service.id })
  // The contract admits only app pages into a catalogue path, so this holds; the leaving step refuses anything else.
  return isAppPath(route) ? route : LEAVE_PAGE
}

export interface CatalogueCategory<S extends CatalogueService = CatalogueService> {
  id: string
  name: string
  services: S[]
}

/** Words that carry no meaning in a query ("怎么挂失", "我要查医保余额"). */
const FILLER = /怎么|如何|哪里|在哪|我要|我想|想要|办理|一下|的|了|吗|呢|？|\?/g

/** Full-width letters and digits to ASCII, case and spaces ignored, punctuation dropped. */
const normalise = (text: string) =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}]+/gu, '')

/**
 * Whether the query is made of pieces (two characters or more) each found in one of the service's
 * words: "医保余额" is 医保 (医保个人账户) + 余额 (a keyword); "社保卡激活" is 社保卡 + 激活.
 */
function covers(words: readonly string[], query: string): boolean {
  const reachable = new Array<boolean>(query.length + 1).fill(false)
  reachable[0] = true
  for (let start = 0; start < query.length; start++) {
    if (!reachable[start]) continue
    for (let end = start + 2; end <= query.length; end++) {
      if (!reachable[end] && words.some((word) => word.includes(query.slice(start, end)))) reachable[end] = true
    }
  }
  return reachable[query.length]
}

/**
 * Services whose name or keywords contain the query, then those whose words cover it piece by piece;
 * name matches first, then catalogue order. Filler words are ignored; an empty query gives no results.
 */
export function searchServices<S extends CatalogueService>(categories: readonly CatalogueCategory<S>[], query: string): S[] {
  const whole = normalise(query)
  const q = whole.replace(FILLER, '') || whole
  if (!q) return []
  const all = categories.flatMap((category) => category.services)
  const wordsOf = (service: S) => [service.name, ...service.keywords].map(normalise)
  const byName = all.filter((service) => normalise(service.name).includes(q))
  const byKeyword = all.filter((service) => !byName.includes(service) && wordsOf(service).some((word) => word.includes(q)))
  const byPieces = all.filter((service) => !byName.includes(service) && !byKeyword.includes(service) && covers(wordsOf(service), q))
  return [...byName, ...byKeyword, ...byPieces]
}

/** A catalogue with no service at all (the gateway answered, but the city has nothing listed). */
export function isEmptyCatalogue(categories: readonly CatalogueCategory[]): boolean {
  return categories.every((category) => category.services.length === 0)
}

export function findService<S extends CatalogueService>(categories: readonly CatalogueCategory<S>[], serviceId: string): S | undefined {
  return categories.flatMap((category) => category.services).find((service) => service.id === serviceId)
}

/** The one wording for a service the city has not switched on. */
export function notOfferedText(serviceName: string, cityName = '本市'): string {
  return `${notOfferedTitle(serviceName, cityName)}。${NOT_OFFERED_HELP}`
}

/** “社保卡密码激活”本市暂未开通 (a result page's title, its body then only NOT_OFFERED_HELP). */
export const notOfferedTitle = (serviceName: string, cityName = '本市'): string => `“${serviceName}”${cityName}暂未开通`
export const NOT_OFFERED_HELP = `可拨打 ${HOTLINE} 咨询，或到服务网点办理。`

/** What residents call large-text mode (长辈版) in other apps: search finds the 长辈版 entry under each. */
export const ELDER_MODE_NAMES = ['长辈版', '关怀版', '关爱版', '亲情版', '大字版', '大字模式', '老年版', '适老化'] as const

/** Whether a search asks for 长辈版 (a name, or two characters or more of one: "长辈", "大字"). */
export function asksForElderMode(query: string): boolean {
  const whole = normalise(query)
  const q = whole.replace(FILLER, '') || whole
  return q.length >= 2 && ELDER_MODE_NAMES.some((name) => name.includes(q) || q.includes(name))
}
