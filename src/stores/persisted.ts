import { createJSONStorage } from 'zustand/middleware'
import { storage } from '@/platform'

/**
 * zustand persistence over the platform's storage. Nothing personal goes through it in clear; each store's
 * `partialize` says what it keeps: preferences (stores/preferences.ts), the city (city/store.ts), the session's
 * subject — with its opaque gateway tokens on the mini-programs only, H5 keeps them in memory (stores/session.ts) —
 * and the claim's step, verification tokens and masked identity (claim/store.ts).
 */
export const platformStorage = createJSONStorage(() => ({
  getItem: (name: string) => storage.get<string>(name) ?? null,
  setItem: (name: string, value: string) => storage.set(name, value),
  removeItem: (name: string) => storage.remove(name),
}))
