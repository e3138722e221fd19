/** The mock's codes: 亮码 (identity and payment codes, their refresh and scan status) and 扫一扫 terminal tickets. */
import type { codeEndpoints } from '@/code/api'
import type { Persona } from '../data/personas'
import { DISABLED_SERVICES } from '../data/cities'
import { hashSecret, nextId, own, type MockState } from '../state'
import { checkEcardPassword, fail, isBound, paidFrom, requireUsableCard, type HandlersOf } from './common'
import { requirePaymentFor } from './family'

export const CODE_TTL_MS = 60_000
/** After the password, codes may be refreshed without it for this long. */
export const CODE_UNLOCK_MS = 10 * 60_000
const CODE_SIGNING_KEY = 'esscard-mock-signing-key'

/** Terminal QR codes the mock knows (README lists them for testers). */
export const TERMINAL_TICKETS = {
  'ESSC-TERM:KIOSK-LOGIN': { kind: 'login', requester: '市第一人民医院 自助服务机 3 号', purpose: '登录自助机，查询检验报告' },
  'ESSC-TERM:ORDER-PAY': { kind: 'payment', requester: '一心堂（人民中路店）', purpose: '购药结算', amountFen: 3650 },
} as const

/** A code payload signed with the mock key: `ESSC1.<codeId>.<kind>.<expiresAt>.<signature>`. */
export function signPayload(codeId: string, kind: string, expiresAt: number): string {
  const body = `${codeId}.${kind}.${expiresAt}`
  return `ESSC1.${body}.${hashSecret(`${CODE_SIGNING_KEY}:${body}`)}`
}

function issueCode(state: MockState, kind: 'identity' | 'payment', now: number, unlockedAt: number, onBehalfOf?: string) {
  const codeId = nextId(state, 'code')
  const expiresAt = now + CODE_TTL_MS
  state.codes[codeId] = { kind, expiresAt, unlockedAt, polls: 0, scan: null, onBehalfOf }
  const digitsSeed = hashSecret(codeId) + hashSecret(`${codeId}:${expiresAt}`)
  const digits = (digitsSeed.replace(/[a-f]/g, (c) => String(c.charCodeAt(0) % 10)) + '000000000000000000').slice(0, 18)
  return { codeId, kind, payload: signPayload(codeId, kind, expiresAt), digits, expiresAt, lifetimeMs: CODE_TTL_MS }
}

/** A payment code needs level 2 and 药店扫码支付 switched on in the card's city; for a relative, a relationship that allows it. */
function payCodeAllowed(state: MockState, persona: Persona, holder: MockState, onBehalfOf: string | undefined, now: number): void {
  requirePaymentFor(holder, onBehalfOf, now)
  if (state.card.status !== 'level2') fail('NOT_LEVEL_2')
  if (DISABLED_SERVICES[persona.cityId]?.includes('pharmacy-pay')) fail('SERVICE_DISABLED')
}

export const codeHandlers: HandlersOf<typeof codeEndpoints> = {
  // Acting for a relative: the relative's card is checked, the resident's own channel and password authorise.
  codeIssue: ({ input, state, persona, holder, now, channel }) => {
    requireUsableCard(state)
    if (!isBound(holder, channel)) fail('CHANNEL_UNBOUND')
    if (input.kind === 'payment') payCodeAllowed(state, persona, holder, input.onBehalfOf, now)
    checkEcardPassword(holder, input.password)
    return issueCode(state, input.kind, now, now, input.onBehalfOf)
  },
  codeRefresh: ({ input, state, persona, holder, now, channel }) => {
    const code = own(state.codes, input.codeId)
    if (!code || code.onBehalfOf !== input.onBehalfOf) return fail('NOT_FOUND')
    if (now - code.unlockedAt > CODE_UNLOCK_MS) fail('CODE_EXPIRED')
    requireUsableCard(state)
    if (!isBound(holder, channel)) fail('CHANNEL_UNBOUND')
    const kind = input.kind ?? code.kind
    if (kind === 'payment') payCodeAllowed(state, persona, holder, input.onBehalfOf, now)
    delete state.codes[input.codeId]
    return issueCode(state, kind, now, code.unlockedAt, input.onBehalfOf)
  },
  codeStatus: ({ input, state, persona, now }) => {
    const code = own(state.codes, input.codeId)
    if (!code || code.onBehalfOf !== input.onBehalfOf) return fail('NOT_FOUND')
    code.polls += 1
    const autoScan = state.controls.autoScan
    if (!code.scan && autoScan && code.polls >= 2 && now <= code.expiresAt) {
      code.scan =
        autoScan === 'pharmacy' && code.kind === 'payment'
          ? { state: 'paid', merchant: '一心堂（人民中路店）', amountFen: 5820, paidFrom: paidFrom(persona, 5820) }
          : { state: 'identity-verified', place: '市民中心 社保综合窗口 5 号' }
    }
    if (code.scan) return code.scan
    return { state: now > code.expiresAt ? 'expired' : 'waiting' }
  },
  ticketRead: ({ input, state, now }) => {
    requireUsableCard(state)
    const known = own<(typeof TERMINAL_TICKETS)[keyof typeof TERMINAL_TICKETS]>(TERMINAL_TICKETS, input.ticket)
    if (!known) return fail('TICKET_UNKNOWN')
    if (own(state.decidedTickets, input.ticket)) fail('TICKET_EXPIRED')
    return { ticket: input.ticket, ...known, expiresAt: now + 5 * 60_000 }
  },
  ticketDecide: ({ input, state, persona }) => {
    const known = own<(typeof TERMINAL_TICKETS)[keyof typeof TERMINAL_TICKETS]>(TERMINAL_TICKETS, input.ticket)
    if (!known) return fail('TICKET_UNKNOWN')
    if (own(state.decidedTickets, input.ticket)) fail('TICKET_EXPIRED')
    if (input.decision === 'confirm' && known.kind === 'payment') {
      if (state.card.status !== 'level2') fail('NOT_LEVEL_2')
      checkEcardPassword(state, input.password ?? '')
    }
    const result = input.decision === 'confirm' ? 'confirmed' : 'declined'
    state.decidedTickets[input.ticket] = result
    return result === 'confirmed' && 'amountFen' in known ? { result, paidFrom: paidFrom(persona, known.amountFen) } : { result }
  },
}
