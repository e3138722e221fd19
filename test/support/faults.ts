import { ERROR_MESSAGES } from '@/gateway/errors'
import type { FaultId } from '@mock/faults'

/** The faults a page must survive, each with the message the resident then reads (jest flows and the mini host). */
export const FAULT_CASES = [
  ['server-error', ERROR_MESSAGES.SERVER_ERROR],
  ['timeout', ERROR_MESSAGES.TIMEOUT],
  ['offline', ERROR_MESSAGES.NETWORK_OFFLINE],
  ['malformed', ERROR_MESSAGES.MALFORMED_RESPONSE],
  ['rate-limited', ERROR_MESSAGES.RATE_LIMITED],
  ['contract-violation', ERROR_MESSAGES.CONTRACT_VIOLATION],
] as const satisfies readonly (readonly [FaultId, string])[]
