import { createJSONStorage } from 'zustand/middleware'
import { storage } from '@/platform'

/**
 * zustand persistence over the platform's storage. Nothing personal goes through it in clear: each store's
 * `partialize` keeps only preferences, the city, the session's opaque tokens and the claim's step, gateway
 * tokens and masked identity.
 */
export const platformStorage = createJSONStorage(() => ({
  getItem: (name: string) => storage.get<string>(name) ?? null,
  setItem: (name: string, value: string) => storage.set(name, value),
  removeItem: (name: string) => storage.remove(name),
}))
