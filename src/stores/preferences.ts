import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { platformStorage } from './persisted'

interface PreferencesState {
  /** 适老化: larger type and touch targets on every page. */
  largeText: boolean
  setLargeText(on: boolean): void
}

export const usePreferences = create<PreferencesState>()(
  persist(
    (set) => ({
      largeText: false,
      setLargeText: (largeText) => set({ largeText }),
    }),
    { name: 'esscard.preferences', storage: platformStorage },
  ),
)
