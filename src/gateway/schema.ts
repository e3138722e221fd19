/**
 * The contract's building blocks, shared by the capabilities' slices (src/<capability>/api.ts) and the session
 * endpoints (contract.ts): how an endpoint is declared, and the value schemas the conventions of contract.ts name.
 */
import * as v from 'valibot'
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
