export const CLAIM_STEPS = ['identity', 'consent', 'verify', 'password', 'done'] as const
export type ClaimStep = (typeof CLAIM_STEPS)[number]

/** What happens in the claim: the resident's choices and the gateway's answers. */
export type ClaimEvent =
  /** 下一步 with the details checked. */
  | 'filled'
  /** 上一步 / 返回修改信息. */
  | 'back'
  /** The gateway accepted the details for checking (certifyId). */
  | 'prechecked'
  /** Face or SMS passed (verification token). */
  | 'verified'
  /** The verification is used or expired: check again before the password. */
  | 'verificationExpired'
  /** Level 1 issued. */
  | 'issued'

/**
 * The wizard, whole: the step each event leads to from each step. An event a step does not list leaves
 * the step as it is (e.g. a precheck answer that arrives after the resident went back to the form).
 */
export const CLAIM_TRANSITIONS: Record<ClaimStep, Partial<Record<ClaimEvent, ClaimStep>>> = {
  identity: { filled: 'consent' },
  consent: { back: 'identity', prechecked: 'verify' },
  verify: { back: 'identity', verified: 'password' },
  password: { verificationExpired: 'verify', issued: 'done' },
  done: {},
}

export function nextStep(step: ClaimStep, event: ClaimEvent): ClaimStep {
  return CLAIM_TRANSITIONS[step][event] ?? step
}
