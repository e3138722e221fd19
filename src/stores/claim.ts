import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { maskIdNumber, maskPhone } from '@/lib/mask'
import { platformStorage } from './persisted'
import { useSession } from './session'

export const CLAIM_STEPS = ['identity', 'consent', 'verify', 'password', 'done'] as const
export type ClaimStep = (typeof CLAIM_STEPS)[number]

export interface ClaimIdentity {
  name: string
  idNumber: string
  phone: string
}

export interface BankForm {
  cardNumber: string
  phone: string
}

interface ClaimState {
  step: ClaimStep
  /** What the resident typed: kept in memory only, never persisted. */
  identity: ClaimIdentity
  bank: BankForm
  /** Opaque values from the gateway: safe to persist so an interrupted claim resumes. */
  certifyId: string | null
  verificationToken: string | null
  /** Masked forms for the resumed steps' wording (e.g. 3709**********0013). */
  idNumberMasked: string | null
  phoneMasked: string | null
  /** The session subject of the resident who started this claim; another resident's login starts afresh. */
  owner: string | null
  setIdentity(change: Partial<ClaimIdentity>): void
  setBank(change: Partial<BankForm>): void
  goTo(step: ClaimStep): void
  prechecked(certifyId: string, phoneMasked: string): void
  verified(verificationToken: string): void
  /** Forgets everything: typed details, the bank card, the saved progress. */
  reset(): void
}

const empty = {
  step: 'identity' as ClaimStep,
  identity: { name: '', idNumber: '', phone: '' },
  bank: { cardNumber: '', phone: '' },
  certifyId: null,
  verificationToken: null,
  idNumberMasked: null,
  phoneMasked: null,
  owner: null,
}

/** Every write records whose claim it is. */
const owned = () => ({ owner: useSession.getState().subject })

/**
 * Claim wizard progress. Persisted: the step, the gateway's certifyId and verification token, and masked
 * identity only. Name, ID number, phone and bank card stay in memory; passwords are never kept here.
 */
export const useClaim = create<ClaimState>()(
  persist(
    (set) => ({
      ...empty,
      setIdentity: (change) => set((s) => ({ identity: { ...s.identity, ...change }, ...owned() })),
      setBank: (change) => set((s) => ({ bank: { ...s.bank, ...change }, ...owned() })),
      goTo: (step) => set({ step }),
      prechecked: (certifyId, phoneMasked) =>
        set((s) => ({ certifyId, phoneMasked, idNumberMasked: maskIdNumber(s.identity.idNumber), step: 'verify', ...owned() })),
      verified: (verificationToken) => set({ verificationToken, step: 'password', ...owned() }),
      reset: () => set(empty),
    }),
    {
      name: 'esscard.claim',
      storage: platformStorage,
      partialize: ({ step, certifyId, verificationToken, idNumberMasked, phoneMasked, owner }) => ({
        // 授权 shows what was typed, which is never stored: a reloaded claim starts that step from the form.
        step: step === 'consent' ? 'identity' : step,
        certifyId,
        verificationToken,
        idNumberMasked,
        phoneMasked,
        owner,
      }),
    },
  ),
)

/** A claim started by someone else is forgotten as soon as another resident's session is known. */
function forgetOthersClaim(subject: string | null): void {
  const { owner, reset } = useClaim.getState()
  if (subject !== null && owner !== null && owner !== subject) reset()
}
forgetOthersClaim(useSession.getState().subject)
useSession.subscribe((session) => forgetOthersClaim(session.subject))

/** The phone as shown on a resumed step: masked from memory, or the gateway's mask after a reload. */
export function shownPhone(state: Pick<ClaimState, 'identity' | 'phoneMasked'>): string | null {
  return state.identity.phone ? maskPhone(state.identity.phone) : state.phoneMasked
}
