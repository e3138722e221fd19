import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { platformStorage } from './persisted'

/** The gateway session: opaque tokens only, nothing personal. */
interface SessionState {
  token: string | null
  refreshToken: string | null
  expiresAt: number
  setSession(session: { token: string; refreshToken: string; expiresAt: number }): void
  clear(): void
}

export const useSession = create<SessionState>()(
  persist(
    (set) => ({
      token: null,
      refreshToken: null,
      expiresAt: 0,
      setSession: ({ token, refreshToken, expiresAt }) => set({ token, refreshToken, expiresAt }),
      clear: () => set({ token: null, refreshToken: null, expiresAt: 0 }),
    }),
    {
      name: 'esscard.session',
      storage: platformStorage,
      partialize: ({ token, refreshToken, expiresAt }) => ({ token, refreshToken, expiresAt }),
    },
  ),
)
