/**
 * The contract's building blocks, shared by the capabilities' slices (src/<capability>/api.ts) and the session
 * endpoints (contract.ts): how an endpoint is declared, and the value schemas the conventions of contract.ts name.
 */
import * as v from 'valibot'
import { EXTERNAL_URL_MAX, httpsUrlPattern } from '@/lib/externalUrl'
import type { ErrorCode } from './errors'

export const id = v.pipe(v.string(), v.minLength(1))
/** A path parameter: letters, digits, `-` and `_` only, so never a dot segment, a slash or a query. */
export const pathParam = v.pipe(v.string(), v.regex(/^[\w-]{1,64}$/))
export const date = v.pipe(v.string(), v.isoDate())
export const fen = v.pipe(v.number(), v.integer())
export const epochMs = v.pipe(v.number(), v.integer(), v.minValue(0))
export const digits = (length: number) => v.pipe(v.string(), v.regex(new RegExp(`^\\d{${length}}$`)))
/** Query-string integers arrive as text; the client sends numbers. */
export const queryInt = v.pipe(v.union([v.number(), v.pipe(v.string(), v.digits())]), v.transform(Number), v.integer())
export const page = v.optional(v.pipe(queryInt, v.minValue(1)), 1)

/**
 * 亲情服务: whom a request acts for, a relative's id from familyList (absent: the signed-in resident). Every
 * endpoint that can act for a relative has this one field, `onBehalfOf`; the gateway refuses anyone not on the list.
 */
export const onBehalfOf = v.optional(pathParam)
export const forPerson = v.object({ onBehalfOf })

export const paged = <T extends v.GenericSchema>(item: T) =>
  v.object({ items: v.array(item), page: v.number(), pageSize: v.number(), total: v.number(), hasMore: v.boolean() })

/** The web cashiers an H5 payment may open (the allow-list): the gateway's own, never an address an order makes up. */
export const CASHIER_HOSTS = ['cashier.esscard.example'] as const
export const CASHIER_URL_PATTERN = httpsUrlPattern(CASHIER_HOSTS)

/**
 * What a gateway order gives the platform to pay with, for the channel the session came from: WeChat's
 * `requestPayment` parameters, Alipay's trade number for `my.tradePay`, an H5 cashier page, or nothing (an H5
 * channel without a cashier: the resident pays in WeChat or Alipay). src/platform/payment.ts hands it over.
 */
export const platformPayment = v.variant('kind', [
  v.object({
    kind: v.literal('wechat'),
    /** Seconds since 1970, as text. */
    timeStamp: v.pipe(v.string(), v.digits()),
    nonceStr: v.pipe(v.string(), v.minLength(1), v.maxLength(32)),
    /** `prepay_id=…` */
    package: v.pipe(v.string(), v.regex(/^prepay_id=/)),
    signType: v.picklist(['MD5', 'HMAC-SHA256', 'RSA']),
    paySign: id,
  }),
  v.object({ kind: v.literal('alipay'), tradeNo: id }),
  v.object({
    kind: v.literal('cashier'),
    url: v.pipe(v.string(), v.maxLength(EXTERNAL_URL_MAX), v.regex(CASHIER_URL_PATTERN, 'not an allow-listed cashier address')),
  }),
  v.object({ kind: v.literal('none') }),
])
export type PlatformPayment = v.InferOutput<typeof platformPayment>

export const none = v.object({})
export const ok = v.object({ ok: v.literal(true) })

interface EndpointSpec<Req extends v.GenericSchema, Res extends v.GenericSchema> {
  method: 'GET' | 'POST'
  path: string
  summary: string
  /** Needs the session token. */
  auth: boolean
  /** H5 sends it with the browser's cookies: it reads, sets or clears the REFRESH_COOKIE. */
  credentials?: boolean
  /** Carries an Idempotency-Key header; the gateway answers a repeated key with the first result. */
  idempotent?: boolean
  request: Req
  response: Res
  errors: readonly ErrorCode[]
}

export const endpoint = <Req extends v.GenericSchema, Res extends v.GenericSchema>(spec: EndpointSpec<Req, Res>) => spec
