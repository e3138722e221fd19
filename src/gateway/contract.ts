/**
 * The gateway contract: every endpoint once, with its request, its response `data` and the error codes
 * it may answer. The app's client validates responses against it, the mock gateway implements it, and
 * scripts/openapi.ts exports it as OpenAPI 3.1 (docs/openapi.json) for a real gateway team.
 *
 * Conventions: money in fen (integer, 1 元 = 100), dates as `YYYY-MM-DD`, instants as epoch
 * milliseconds. Path parameters are `{name}` in `path` and fields of the request; for GET the other
 * request fields go in the query string, for POST in the JSON body. Personal data leaves the gateway
 * masked unless the resident needs it whole.
 */
import * as v from 'valibot'
import { EXTERNAL_URL_MAX, hostOf, httpsUrlPattern } from '@/lib/externalUrl'
import { isAppPath } from '@/lib/routes'
import { fieldSchema as field, passwordSchema } from '@/lib/fields'
import type { ErrorCode } from './errors'

const id = v.pipe(v.string(), v.minLength(1))
/** A path parameter: letters, digits, `-` and `_` only, so never a dot segment, a slash or a query. */
const pathParam = v.pipe(v.string(), v.regex(/^[\w-]{1,64}$/))
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
/** A service terminal's QR: `ESSC-TERM:` and its ticket (capitals, digits, `-`). Anything else is not sent. */
export const terminalTicketSchema = v.pipe(v.string(), v.regex(/^ESSC-TERM:[A-Z0-9][A-Z0-9-]{0,63}$/))
const date = v.pipe(v.string(), v.isoDate())
const fen = v.pipe(v.number(), v.integer())
const epochMs = v.pipe(v.number(), v.integer(), v.minValue(0))
const digits = (length: number) => v.pipe(v.string(), v.regex(new RegExp(`^\\d{${length}}$`)))
const serviceFields = { id, name: v.string(), keywords: v.array(v.string()), enabled: v.boolean() }
/** Query-string integers arrive as text; the client sends numbers. */
const queryInt = v.pipe(v.union([v.number(), v.pipe(v.string(), v.digits())]), v.transform(Number), v.integer())
const page = v.optional(v.pipe(queryInt, v.minValue(1)), 1)

/**
 * Where an e-card is bound and used: this app's three platforms, and the other authorised channels the
 * seeds name (the city's 人社 app, a partner bank's mobile app, the national government service platform).
 */
export const channelSchema = v.picklist(['weapp', 'alipay', 'h5', 'city-app', 'bank', 'gov'])
export const insuranceTypeSchema = v.picklist(['pension', 'medical', 'unemployment', 'injury', 'maternity'])
export const cardStatusSchema = v.picklist(['none', 'level1', 'level2', 'lost', 'cancelled'])
export const verificationMethodSchema = v.picklist(['face', 'sms', 'password'])
export const smsPurposeSchema = v.picklist(['login', 'claim', 'bank', 'reset', 'unbind', 'loss'])
/** SMS sent inside a session (to the phone given, or the card holder's): every purpose but login. */
const sessionSmsPurposeSchema = v.picklist(['claim', 'bank', 'reset', 'unbind', 'loss'])

const paged = <T extends v.GenericSchema>(item: T) =>
  v.object({ items: v.array(item), page: v.number(), pageSize: v.number(), total: v.number(), hasMore: v.boolean() })

const cardStatus = v.object({
  status: cardStatusSchema,
  /** e.g. 张*明; the whole name is never sent back. */
  holderName: v.optional(v.string()),
  idNumberMasked: v.optional(v.string()),
  cityId: v.string(),
  bankCardMasked: v.optional(v.string()),
  bankName: v.optional(v.string()),
  channels: v.array(v.object({ channel: channelSchema, name: v.string(), boundAt: date })),
  password: v.object({ locked: v.boolean(), attemptsLeft: v.number() }),
  pin: v.picklist(['initial', 'active', 'locked']),
})

const verification = v.object({ verificationToken: id })

/**
 * `subject`: the resident's opaque, stable identifier (not personal data); the app ties what it keeps to it.
 * The access token lives in the app's memory on H5 (mini-programs keep it in their sandboxed storage). No
 * refresh token is in the body: on H5 it is the `REFRESH_COOKIE` (below); mini-programs log in again with a
 * fresh platform code instead.
 */
const session = v.object({ token: id, expiresAt: epochMs, subject: id })

/**
 * H5's refresh token: a cookie script cannot read, `HttpOnly; Secure; SameSite=Strict; Path=<gateway>/session`.
 * `login` (channel h5) and `refresh` set it (refresh rotates it), `logout` clears it (`Max-Age=0`). The
 * endpoints marked `credentials` are sent with the browser's cookies (fetch `credentials: 'include'`).
 */
export const REFRESH_COOKIE = 'esscard_refresh'

/**
 * The longest code payload: what fits a QR (byte mode, error correction M) at the size the code page
 * draws it legibly; the gateway never sends more, and the app refuses more rather than fail to draw it.
 */
export const CODE_PAYLOAD_MAX = 256

const codeKind = v.picklist(['identity', 'payment'])

/** Which of the card's accounts a payment came from: 医保个人账户 first, the bank account when it does not cover the amount. */
export const paidFromSchema = v.picklist(['medical-account', 'bank-account'])

/**
 * A code to show. `lifetimeMs` is how long it stays valid from when the gateway issued it: the app
 * times the code from its own clock with it, so a phone clock that differs from the gateway's does not
 * matter (`expiresAt` is the gateway's instant, for the gateway's own records).
 */
const shownCode = v.object({
  codeId: id,
  kind: codeKind,
  payload: v.pipe(v.string(), v.minLength(1), v.maxLength(CODE_PAYLOAD_MAX)),
  digits: digits(18),
  expiresAt: epochMs,
  lifetimeMs: v.pipe(v.number(), v.integer(), v.minValue(1)),
})

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

const endpoint = <Req extends v.GenericSchema, Res extends v.GenericSchema>(spec: EndpointSpec<Req, Res>) => spec

const none = v.object({})
const ok = v.object({ ok: v.literal(true) })

export const contract = {
  login: endpoint({
    method: 'POST',
    path: '/session/login',
    summary: '用平台登录凭证（wx.login / my.getAuthCode）或 H5 短信验证码换取短期会话令牌（H5 另设刷新 Cookie）',
    auth: false,
    credentials: true,
    request: v.variant('channel', [
      v.object({ channel: v.picklist(['weapp', 'alipay']), code: id }),
      v.object({ channel: v.literal('h5'), phone: field('phone'), smsCode: field('smsCode') }),
    ]),
    response: session,
    errors: ['BAD_REQUEST', 'SMS_WRONG', 'SMS_EXPIRED', 'RATE_LIMITED'],
  }),
  refresh: endpoint({
    method: 'POST',
    path: '/session/refresh',
    summary: '用刷新 Cookie 续期会话并轮换 Cookie（H5 无法静默重新登录时使用）',
    auth: false,
    credentials: true,
    request: none,
    response: session,
    errors: ['UNAUTHORIZED', 'SESSION_EXPIRED'],
  }),
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
  outlets: endpoint({
    method: 'GET',
    path: '/cities/{cityId}/outlets',
    summary: '社保经办网点与市民中心',
    auth: false,
    request: v.object({ cityId: cityIdSchema }),
    response: v.array(
      v.object({
        id,
        name: v.string(),
        kind: v.picklist(['civic-centre', 'social-security', 'bank']),
        district: v.string(),
        address: v.string(),
        phone: v.string(),
        latitude: v.number(),
        longitude: v.number(),
        /** Opening hours per weekday (1 = Monday … 7 = Sunday), local time Asia/Shanghai. */
        hours: v.array(v.object({ weekdays: v.array(v.number()), open: v.string(), close: v.string() })),
        serviceIds: v.array(v.string()),
      }),
    ),
    errors: ['CITY_UNKNOWN'],
  }),
  cardStatus: endpoint({
    method: 'GET',
    path: '/card',
    summary: '电子社保卡状态、签发级别、已关联渠道、密码状态',
    auth: true,
    request: none,
    response: cardStatus,
    errors: ['SESSION_EXPIRED'],
  }),
  claimPrecheck: endpoint({
    method: 'POST',
    path: '/claim/precheck',
    summary: '申领前核对身份信息与实体卡状态，返回人脸核验流水号',
    auth: true,
    request: v.object({ name: field('name'), idNumber: field('idNumber'), phone: field('phone') }),
    response: v.object({ certifyId: id, phoneMasked: v.string() }),
    errors: ['IDENTITY_MISMATCH', 'NO_PHYSICAL_CARD', 'CARD_LOST', 'CARD_CANCELLED', 'ALREADY_ISSUED'],
  }),
  smsLogin: endpoint({
    method: 'POST',
    path: '/session/sms',
    summary: 'H5 登录：向所填手机号发送登录验证码（唯一无需会话的短信，同一号码 60 秒内不重发，并限频）',
    auth: false,
    request: v.object({ phone: field('phone') }),
    response: v.object({ cooldownSeconds: v.number(), phoneMasked: v.string() }),
    errors: ['SMS_COOLDOWN', 'RATE_LIMITED', 'BAD_REQUEST'],
  }),
  smsSend: endpoint({
    method: 'POST',
    path: '/sms/send',
    summary: '会话内发送短信验证码：发至所填手机号，或不填时发至持卡人预留手机号（同一用途 60 秒内不重发）',
    auth: true,
    request: v.object({ purpose: sessionSmsPurposeSchema, phone: v.optional(field('phone')) }),
    response: v.object({ cooldownSeconds: v.number(), phoneMasked: v.string() }),
    errors: ['SMS_COOLDOWN', 'RATE_LIMITED', 'BAD_REQUEST'],
  }),
  smsVerify: endpoint({
    method: 'POST',
    path: '/sms/verify',
    summary: '校验短信验证码，返回一次性核验令牌',
    auth: true,
    request: v.object({ purpose: smsPurposeSchema, code: field('smsCode') }),
    response: verification,
    errors: ['SMS_WRONG', 'SMS_EXPIRED'],
  }),
  faceStart: endpoint({
    method: 'POST',
    path: '/face/start',
    summary: '卡片管理（重置密码、挂失、解除关联）前开始人脸核验：核对本人姓名和身份证号，返回人脸核验流水号',
    auth: true,
    request: v.object({
      purpose: v.picklist(['reset', 'loss', 'unbind']),
      name: field('name'),
      idNumber: field('idNumber'),
    }),
    response: v.object({ certifyId: id }),
    errors: ['IDENTITY_MISMATCH', 'NO_ECARD'],
  }),
  faceResult: endpoint({
    method: 'POST',
    path: '/face/result',
    summary: '提交平台人脸核验结果，返回一次性核验令牌',
    auth: true,
    request: v.object({ certifyId: id, faceToken: id }),
    response: verification,
    errors: ['FACE_FAILED'],
  }),
  passwordVerify: endpoint({
    method: 'POST',
    path: '/card/password/verify',
    summary: '用电子社保卡密码核验身份（解除关联、挂失前）',
    auth: true,
    request: v.object({ password: passwordSchema }),
    response: verification,
    errors: ['PASSWORD_WRONG', 'PASSWORD_LOCKED', 'NO_ECARD', 'CARD_LOST', 'CARD_CANCELLED'],
  }),
  issue: endpoint({
    method: 'POST',
    path: '/card/issue',
    summary: '一级签发：设置电子社保卡密码，开通身份凭证和查询',
    auth: true,
    idempotent: true,
    request: v.object({ verificationToken: id, password: passwordSchema }),
    response: cardStatus,
    errors: ['VERIFICATION_REQUIRED', 'PASSWORD_WEAK', 'PASSWORD_SAME_AS_PIN', 'ALREADY_ISSUED', 'CARD_LOST', 'CARD_CANCELLED'],
  }),
  linkBank: endpoint({
    method: 'POST',
    path: '/card/bank',
    summary: '二级签发：关联社保卡银行账户，开通缴费结算',
    auth: true,
    idempotent: true,
    request: v.object({ bankCardNumber: field('bankCard'), phone: field('phone'), smsCode: field('smsCode') }),
    response: cardStatus,
    errors: ['NO_ECARD', 'SMS_WRONG', 'SMS_EXPIRED', 'BANK_NOT_ACTIVATED', 'BANK_PHONE_MISMATCH', 'BANK_CARD_MISMATCH', 'CARD_LOST'],
  }),
  pinChange: endpoint({
    method: 'POST',
    path: '/card/pin',
    summary: '实体社保卡社保密码修改（激活：把初始密码 123456 改掉）',
    auth: true,
    idempotent: true,
    request: v.object({ currentPin: passwordSchema, newPin: passwordSchema }),
    response: v.object({ pin: v.picklist(['initial', 'active', 'locked']) }),
    errors: ['PIN_WRONG', 'PIN_LOCKED', 'PIN_INITIAL_REFUSED', 'PASSWORD_WEAK', 'PASSWORD_SAME_AS_PIN', 'CARD_LOST', 'CARD_CANCELLED'],
  }),
  codeIssue: endpoint({
    method: 'POST',
    path: '/code',
    summary: '签发亮码用二维码（约 60 秒有效，一次有效）',
    auth: true,
    idempotent: true,
    request: v.object({ password: passwordSchema, kind: codeKind }),
    response: shownCode,
    errors: ['PASSWORD_WRONG', 'PASSWORD_LOCKED', 'NO_ECARD', 'NOT_LEVEL_2', 'CARD_LOST', 'CARD_CANCELLED', 'CHANNEL_UNBOUND'],
  }),
  codeRefresh: endpoint({
    method: 'POST',
    path: '/code/{codeId}/refresh',
    summary: '在密码验证后 10 分钟内换发新二维码，可换为另一种码（kind，不填则同一种）',
    auth: true,
    request: v.object({ codeId: pathParam, kind: v.optional(codeKind) }),
    response: shownCode,
    errors: ['CODE_EXPIRED', 'NOT_FOUND', 'NOT_LEVEL_2', 'NO_ECARD', 'CARD_LOST', 'CARD_CANCELLED', 'CHANNEL_UNBOUND'],
  }),
  codeStatus: endpoint({
    method: 'GET',
    path: '/code/{codeId}/status',
    summary: '被扫结果：等待、柜台身份核验完成、药店支付完成、已失效',
    auth: true,
    request: v.object({ codeId: pathParam }),
    response: v.object({
      state: v.picklist(['waiting', 'identity-verified', 'paid', 'expired']),
      place: v.optional(v.string()),
      merchant: v.optional(v.string()),
      amountFen: v.optional(fen),
      /** Set with `paid`. */
      paidFrom: v.optional(paidFromSchema),
    }),
    errors: ['NOT_FOUND'],
  }),
  ticketRead: endpoint({
    method: 'POST',
    path: '/tickets/read',
    summary: '主扫：读取终端二维码的请求（谁、要做什么、金额）；终端码放在请求体中',
    auth: true,
    request: v.object({ ticket: terminalTicketSchema }),
    response: v.object({
      ticket: id,
      kind: v.picklist(['login', 'payment']),
      requester: v.string(),
      purpose: v.string(),
      amountFen: v.optional(fen),
      expiresAt: epochMs,
    }),
    errors: ['TICKET_UNKNOWN', 'TICKET_EXPIRED', 'NO_ECARD', 'CARD_LOST', 'CARD_CANCELLED'],
  }),
  ticketDecide: endpoint({
    method: 'POST',
    path: '/tickets/decision',
    summary: '主扫：确认或拒绝终端的请求；支付需电子社保卡密码',
    auth: true,
    idempotent: true,
    request: v.object({ ticket: terminalTicketSchema, decision: v.picklist(['confirm', 'decline']), password: v.optional(passwordSchema) }),
    /** `paidFrom`: set when a payment was confirmed. */
    response: v.object({ result: v.picklist(['confirmed', 'declined']), paidFrom: v.optional(paidFromSchema) }),
    errors: ['TICKET_UNKNOWN', 'TICKET_EXPIRED', 'PASSWORD_WRONG', 'PASSWORD_LOCKED', 'NOT_LEVEL_2'],
  }),
  passwordChange: endpoint({
    method: 'POST',
    path: '/card/password',
    summary: '修改电子社保卡密码（需原密码）',
    auth: true,
    idempotent: true,
    request: v.object({ oldPassword: passwordSchema, newPassword: passwordSchema }),
    response: ok,
    errors: ['PASSWORD_WRONG', 'PASSWORD_LOCKED', 'PASSWORD_WEAK', 'PASSWORD_SAME', 'PASSWORD_SAME_AS_PIN', 'NO_ECARD', 'CARD_LOST', 'CARD_CANCELLED'],
  }),
  passwordReset: endpoint({
    method: 'POST',
    path: '/card/password/reset',
    summary: '重置电子社保卡密码（人脸或短信核验后），同时解除锁定',
    auth: true,
    idempotent: true,
    request: v.object({ verificationToken: id, newPassword: passwordSchema }),
    response: ok,
    errors: ['VERIFICATION_REQUIRED', 'PASSWORD_WEAK', 'PASSWORD_SAME_AS_PIN', 'NO_ECARD'],
  }),
  reportLoss: endpoint({
    method: 'POST',
    path: '/card/loss',
    summary: '临时挂失（电子社保卡随之停用）',
    auth: true,
    idempotent: true,
    request: v.object({ verificationToken: id }),
    response: cardStatus,
    errors: ['VERIFICATION_REQUIRED', 'NO_ECARD', 'CARD_LOST', 'CARD_CANCELLED'],
  }),
  unbind: endpoint({
    method: 'POST',
    path: '/card/unbind',
    summary: '解除电子社保卡与一个渠道的关联',
    auth: true,
    idempotent: true,
    request: v.object({ verificationToken: id, channel: channelSchema }),
    response: cardStatus,
    errors: ['VERIFICATION_REQUIRED', 'NO_ECARD', 'NOT_FOUND'],
  }),
  enrolment: endpoint({
    method: 'GET',
    path: '/insurance/enrolment',
    summary: '五险参保状态',
    auth: true,
    request: none,
    response: v.array(
      v.object({
        type: insuranceTypeSchema,
        state: v.picklist(['active', 'suspended', 'never']),
        since: v.optional(date),
        baseFen: v.optional(fen),
        employerMasked: v.optional(v.string()),
      }),
    ),
    errors: ['NO_ECARD', 'CARD_LOST', 'CARD_CANCELLED'],
  }),
  contributions: endpoint({
    method: 'GET',
    path: '/insurance/contributions',
    summary: '缴费记录，按险种、年份分页',
    auth: true,
    request: v.object({ type: v.optional(insuranceTypeSchema), year: v.optional(queryInt), page }),
    response: paged(
      v.object({
        id,
        type: insuranceTypeSchema,
        month: v.pipe(v.string(), v.regex(/^\d{4}-\d{2}$/)),
        baseFen: fen,
        personalFen: fen,
        employerFen: fen,
        payer: v.string(),
      }),
    ),
    errors: ['NO_ECARD', 'CARD_LOST', 'CARD_CANCELLED'],
  }),
  medicalAccount: endpoint({
    method: 'GET',
    path: '/medical/account',
    summary: '医保个人账户余额',
    auth: true,
    request: none,
    response: v.object({ balanceFen: fen, updatedAt: date }),
    errors: ['NO_ECARD', 'CARD_LOST', 'CARD_CANCELLED'],
  }),
  medicalTransactions: endpoint({
    method: 'GET',
    path: '/medical/transactions',
    summary: '医保个人账户明细，分页',
    auth: true,
    request: v.object({ page }),
    response: paged(v.object({ id, date, kind: v.picklist(['pharmacy', 'hospital', 'refund', 'deposit']), place: v.string(), amountFen: fen })),
    errors: ['NO_ECARD', 'CARD_LOST', 'CARD_CANCELLED'],
  }),
  pension: endpoint({
    method: 'GET',
    path: '/pension/account',
    summary: '养老保险个人账户累计额与逐年增长',
    auth: true,
    request: none,
    response: v.object({
      totalFen: fen,
      years: v.array(v.object({ year: v.number(), contributedFen: fen, interestFen: fen, balanceFen: fen })),
    }),
    errors: ['NO_ECARD', 'CARD_LOST', 'CARD_CANCELLED'],
  }),
  benefits: endpoint({
    method: 'GET',
    path: '/benefits',
    summary: '待遇领取记录',
    auth: true,
    request: none,
    response: v.array(v.object({ id, name: v.string(), type: insuranceTypeSchema, date, amountFen: fen })),
    errors: ['NO_ECARD', 'CARD_LOST', 'CARD_CANCELLED'],
  }),
  logout: endpoint({
    method: 'POST',
    path: '/session/logout',
    summary: '退出登录：吊销本次登录（由会话令牌或刷新 Cookie 认出）的全部会话令牌和刷新令牌，并清除刷新 Cookie',
    auth: false,
    credentials: true,
    request: v.object({}),
    response: ok,
    errors: [],
  }),
} as const

export type Contract = typeof contract
export type EndpointId = keyof Contract
export type RequestOf<E extends EndpointId> = v.InferInput<Contract[E]['request']>
export type ResponseOf<E extends EndpointId> = v.InferOutput<Contract[E]['response']>
export type CardStatus = v.InferOutput<typeof cardStatus>
export type InsuranceType = v.InferOutput<typeof insuranceTypeSchema>
export type Channel = v.InferOutput<typeof channelSchema>
export type PaidFrom = v.InferOutput<typeof paidFromSchema>
export type SmsPurpose = v.InferOutput<typeof smsPurposeSchema>

export const ENDPOINT_IDS = Object.keys(contract) as EndpointId[]

/** Every error an endpoint can answer: its own plus the ones any endpoint may give. */
export const COMMON_ERRORS: readonly ErrorCode[] = ['SERVER_ERROR', 'RATE_LIMITED', 'BAD_REQUEST']

/** Splits a request into path, query and body as the contract's conventions say. */
export function requestParts(endpointId: EndpointId, input: Record<string, unknown>) {
  const spec = contract[endpointId]
  const rest: Record<string, unknown> = { ...input }
  const path = spec.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = String(rest[name])
    delete rest[name]
    if (value === '' || value === '.' || value === '..') throw new Error(`${endpointId}: ${name} is not a path segment`)
    return encodeURIComponent(value)
  })
  if (spec.method === 'GET') {
    const query = Object.entries(rest)
      .filter(([, value]) => value !== undefined && value !== '')
      .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`)
      .join('&')
    return { path: query ? `${path}?${query}` : path, body: undefined }
  }
  return { path, body: rest }
}

/** Finds the endpoint for a method and path (path without query), with its path parameters. */
export function matchEndpoint(method: string, pathname: string): { endpointId: EndpointId; params: Record<string, string> } | null {
  for (const endpointId of ENDPOINT_IDS) {
    const spec = contract[endpointId]
    if (spec.method !== method.toUpperCase()) continue
    const names: string[] = []
    const pattern = new RegExp(`^${spec.path.replace(/\{(\w+)\}/g, (_, name: string) => (names.push(name), '([^/]+)'))}$`)
    const found = pattern.exec(pathname)
    if (found) return { endpointId, params: Object.fromEntries(names.map((name, i) => [name, decodeURIComponent(found[i + 1])])) }
  }
  return null
}

/** The response envelope every endpoint shares. */
export const envelopeSchema = v.object({
  code: v.string(),
  message: v.string(),
  data: v.unknown(),
  traceId: v.string(),
  details: v.optional(v.record(v.string(), v.number())),
  /** Which rule was broken, for PASSWORD_WEAK: a rule id of src/lib/password.ts (the app shows its message). */
  reason: v.optional(v.string()),
})
export type Envelope = v.InferOutput<typeof envelopeSchema>
