import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { maskIdNumber, maskPhone } from '@/lib/mask'
import { platformStorage } from '@/stores/persisted'
import { CLAIM_STORAGE_KEY, forgetAtSignOut } from '@/stores/resident'
import { useSession } from '@/stores/session'
import { nextStep, type ClaimEvent, type ClaimStep } from './wizard/machine'

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
  /** Moves the wizard as its transition table says (wizard/machine). */
  send(event: ClaimEvent): void
  prechecked(certifyId: string, phoneMasked: string): void
  verified(verificationToken: string): void
  /** Level 1 is issued: the wizard is done and forgets what it held (but whose it was: another resident starts afresh). */
  issued(): void
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
      send: (event) => set((s) => ({ step: nextStep(s.step, event) })),
      prechecked: (certifyId, phoneMasked) =>
        set((s) => ({ certifyId, phoneMasked, idNumberMasked: maskIdNumber(s.identity.idNumber), step: nextStep(s.step, 'prechecked'), ...owned() })),
      verified: (verificationToken) => set((s) => ({ verificationToken, step: nextStep(s.step, 'verified'), ...owned() })),
      issued: () => set((s) => ({ ...empty, step: nextStep(s.step, 'issued'), ...owned() })),
      reset: () => set(empty),
    }),
    {
      name: CLAIM_STORAGE_KEY,
      storage: platformStorage,
      partialize: ({ step, certifyId, verificationToken, idNumberMasked, phoneMasked, owner }) => ({
        // 授权 shows what was typed, which is never stored: a reloaded claim starts that step from the form;
        // 完成 is this visit's, a claim opened again starts afresh.
        step: step === 'consent' || step === 'done' ? 'identity' : step,
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
forgetAtSignOut(() => useClaim.getState().reset())
useSession.subscribe((session) => forgetOthersClaim(session.subject))

/** The phone as shown on a resumed step: masked from memory, or the gateway's mask after a reload. */
export function shownPhone(state: Pick<ClaimState, 'identity' | 'phoneMasked'>): string | null {
  return state.identity.phone ? maskPhone(state.identity.phone) : state.phoneMasked
}
