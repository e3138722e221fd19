import { create, type StateCreator } from 'zustand'
import { persist } from 'zustand/middleware'
import { keepsSessionInStorage } from '@/platform'
import { platformStorage } from './persisted'

/**
 * The gateway session: an opaque access token, nothing personal. Mini-programs keep it in their sandboxed
 * storage. H5 holds the token in memory only and stores just the subject: it says a login happened on this
 * device, so after a reload the app asks the gateway to refresh with its HttpOnly cookie (and an anonymous
 * visitor is not sent to a refresh that can only fail).
 */
interface SessionState {
  token: string | null
  expiresAt: number
  /** Who the session belongs to (the gateway's opaque subject): what the app keeps of a resident is tied to it. */
  subject: string | null
  setSession(session: { token: string; expiresAt: number; subject: string }): void
  clear(): void
}

const session: StateCreator<SessionState> = (set) => ({
  token: null,
  expiresAt: 0,
  subject: null,
  setSession: ({ token, expiresAt, subject }) => set({ token, expiresAt, subject }),
  clear: () => set({ token: null, expiresAt: 0, subject: null }),
})

export const useSession = create<SessionState>()(
  persist(session, {
    name: 'esscard.session',
    storage: platformStorage,
    partialize: ({ token, expiresAt, subject }) => (keepsSessionInStorage ? { token, expiresAt, subject } : { subject }),
  }),
)
