import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { platformStorage } from './persisted'

/** The gateway session: opaque tokens only, nothing personal. */
interface SessionState {
  token: string | null
  refreshToken: string | null
  expiresAt: number
  /** Who the session belongs to (the gateway's opaque subject): what the app keeps of a resident is tied to it. */
  subject: string | null
  setSession(session: { token: string; refreshToken: string; expiresAt: number; subject: string }): void
  clear(): void
}

export const useSession = create<SessionState>()(
  persist(
    (set) => ({
      token: null,
      refreshToken: null,
      expiresAt: 0,
      subject: null,
      setSession: ({ token, refreshToken, expiresAt, subject }) => set({ token, refreshToken, expiresAt, subject }),
      clear: () => set({ token: null, refreshToken: null, expiresAt: 0, subject: null }),
    }),
    {
      name: 'esscard.session',
      storage: platformStorage,
      partialize: ({ token, refreshToken, expiresAt, subject }) => ({ token, refreshToken, expiresAt, subject }),
    },
  ),
)
