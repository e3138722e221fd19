import { storage } from '@/platform'
import { useSession } from './session'

/** The storage key of the claim's saved progress (src/claim/store), removed at sign-out even if the claim was never opened. */
export const CLAIM_STORAGE_KEY = 'esscard.claim'

const forgetters = new Set<() => void>()

/**
 * A capability's store that holds something of the signed-in resident (the claim's typed details, bank card
 * and saved progress; 亮码's last code) says how to forget it: stores import no capability, so each registers.
 */
export function forgetAtSignOut(forget: () => void): void {
  forgetters.add(forget)
}

/**
 * Sign-out: every store that holds something of the signed-in resident goes back to empty, and so does the
 * session. City and display settings are the device's.
 */
export function forgetResident(): void {
  forgetters.forEach((forget) => forget())
  storage.remove(CLAIM_STORAGE_KEY)
  useSession.getState().clear()
}
