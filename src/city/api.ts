/** The city's slice of the contract: the cities, each city's service catalogue and notices, and the websites a service may open. */
import * as v from 'valibot'
import { EXTERNAL_URL_MAX, hostOf, httpsUrlPattern } from '@/lib/externalUrl'
import { isAppPath } from '@/lib/routes'
import { date, endpoint, id, none, pathParam } from '@/gateway/schema'

/**
 * The official websites a catalogue service may send a resident to (the allow-list), by host, with the name
 * the app shows on the 即将离开本应用 step. Any other address breaks the contract.
 */
export const EXTERNAL_SITES = {
  'si.12333.gov.cn': '国家社会保险公共服务平台',
  'fuwu.nhsa.gov.cn': '国家医保服务平台',
  'gjzwfw.www.gov.cn': '国家政务服务平台',
} as const satisfies Record<string, string>
export type ExternalHost = keyof typeof EXTERNAL_SITES

/** `https://` + an EXTERNAL_SITES host, exactly; path, query and fragment of plain characters (src/lib/externalUrl.ts). */
export const EXTERNAL_URL_PATTERN = httpsUrlPattern(Object.keys(EXTERNAL_SITES))

/** The allow-listed site an address opens, or null when the address is not one the app may open. */
export function externalSite(url: string): { host: ExternalHost; name: string } | null {
  if (url.length > EXTERNAL_URL_MAX || !EXTERNAL_URL_PATTERN.test(url)) return null
  const host = hostOf(url) as ExternalHost
  return { host, name: EXTERNAL_SITES[host] }
}

/** A city's id (a path parameter, and the `?city=` of a deep link). */
export const cityIdSchema = pathParam
const serviceFields = { id, name: v.string(), keywords: v.array(v.string()), enabled: v.boolean() }

export const cityEndpoints = {
  cities: endpoint({
    method: 'GET',
    path: '/cities',
    summary: '支持的城市',
    auth: false,
    request: none,
    response: v.array(v.object({ id, name: v.string(), province: v.string(), latitude: v.number(), longitude: v.number(), hotline: v.string() })),
    errors: [],
  }),
  catalogue: endpoint({
    method: 'GET',
    path: '/cities/{cityId}/services',
    summary: '城市服务目录（分组），每项服务带本市是否开通',
    auth: false,
    request: v.object({ cityId: cityIdSchema }),
    response: v.object({
      cityId: id,
      categories: v.array(
        v.object({
          id,
          name: v.string(),
          /** Each service opens either one of the app's pages (`path`) or an allow-listed official website (`url`), never both. */
          services: v.array(
            v.union([
              v.object({
                ...serviceFields,
                /** App path that opens the service, e.g. /records/contributions/index: only the app's own pages. */
                path: v.pipe(v.string(), v.check(isAppPath, 'not one of the app’s pages')),
                url: v.optional(v.never()),
              }),
              v.object({
                ...serviceFields,
                /** An official website (EXTERNAL_SITES), opened after the app's 即将离开本应用 step. */
                url: v.pipe(
                  v.string(),
                  v.maxLength(EXTERNAL_URL_MAX),
                  v.regex(EXTERNAL_URL_PATTERN, 'not an allow-listed https address'),
                  v.description(`https on one of: ${Object.keys(EXTERNAL_SITES).join(', ')}`),
                ),
                path: v.optional(v.never()),
              }),
            ]),
          ),
        }),
      ),
    }),
    errors: ['CITY_UNKNOWN'],
  }),
  notices: endpoint({
    method: 'GET',
    path: '/cities/{cityId}/notices',
    summary: '通知公告',
    auth: false,
    request: v.object({ cityId: cityIdSchema }),
    response: v.array(v.object({ id, title: v.string(), date, body: v.string() })),
    errors: ['CITY_UNKNOWN'],
  }),
} as const
