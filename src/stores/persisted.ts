import { createJSONStorage } from 'zustand/middleware'
import { storage } from '@/platform'

/** zustand persistence over the platform's storage. Only non-personal preferences go through it. */
export const platformStorage = createJSONStorage(() => ({
  getItem: (name: string) => storage.get<string>(name) ?? null,
  setItem: (name: string, value: string) => storage.set(name, value),
  removeItem: (name: string) => storage.remove(name),
}))
