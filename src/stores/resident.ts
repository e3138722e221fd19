import { useClaim } from './claim'
import { useSession } from './session'

/**
 * Sign-out: every store that holds something of the signed-in resident goes back to empty (the claim's
 * typed details, bank card and saved progress; the session). City and display settings are the device's.
 */
export function forgetResident(): void {
  useClaim.getState().reset()
  useSession.getState().clear()
}
