/** The code's slice of the contract: the code the resident shows (issued, refreshed, its scan result) and the terminal codes the resident scans. */
import * as v from 'valibot'
import { passwordSchema } from '@/lib/fields'
import { digits, endpoint, epochMs, fen, id, onBehalfOf, pathParam } from '@/gateway/schema'

/**
 * The longest code payload: what fits a QR (byte mode, error correction M) at the size the code page
 * draws it legibly; the gateway never sends more, and the app refuses more rather than fail to draw it.
 */
const CODE_PAYLOAD_MAX = 256

/** A service terminal's QR: `ESSC-TERM:` and its ticket (capitals, digits, `-`). Anything else is not sent. */
export const terminalTicketSchema = v.pipe(v.string(), v.regex(/^ESSC-TERM:[A-Z0-9][A-Z0-9-]{0,63}$/))

const codeKind = v.picklist(['identity', 'payment'])

/** What issuing or refreshing a code may answer. */
const CODE_ERRORS = ['NO_ECARD', 'NOT_LEVEL_2', 'CARD_LOST', 'CARD_CANCELLED', 'CHANNEL_UNBOUND', 'RELATIVE_NOT_ON_LIST', 'RELATIVE_NO_PAY'] as const

/** Which of the card's accounts a payment came from: 医保个人账户 first, the bank account when it does not cover the amount. */
const paidFromSchema = v.picklist(['medical-account', 'bank-account'])

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

export const codeEndpoints = {
  codeIssue: endpoint({
    method: 'POST',
    path: '/code',
    summary: '签发亮码用二维码（约 60 秒有效，一次有效）',
    auth: true,
    idempotent: true,
    request: v.object({ onBehalfOf, password: passwordSchema, kind: codeKind }),
    response: shownCode,
    errors: ['PASSWORD_WRONG', 'PASSWORD_LOCKED', ...CODE_ERRORS],
  }),
  codeRefresh: endpoint({
    method: 'POST',
    path: '/code/{codeId}/refresh',
    summary: '在密码验证后 10 分钟内换发新二维码，可换为另一种码（kind，不填则同一种）',
    auth: true,
    request: v.object({ onBehalfOf, codeId: pathParam, kind: v.optional(codeKind) }),
    response: shownCode,
    errors: ['CODE_EXPIRED', 'NOT_FOUND', ...CODE_ERRORS],
  }),
  codeStatus: endpoint({
    method: 'GET',
    path: '/code/{codeId}/status',
    summary: '被扫结果：等待、柜台身份核验完成、药店支付完成、已失效',
    auth: true,
    request: v.object({ onBehalfOf, codeId: pathParam }),
    response: v.object({
      state: v.picklist(['waiting', 'identity-verified', 'paid', 'expired']),
      place: v.optional(v.string()),
      merchant: v.optional(v.string()),
      amountFen: v.optional(fen),
      /** Set with `paid`. */
      paidFrom: v.optional(paidFromSchema),
    }),
    errors: ['NOT_FOUND', 'RELATIVE_NOT_ON_LIST'],
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
} as const

export type PaidFrom = v.InferOutput<typeof paidFromSchema>
