import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { onSystemTextChange, systemText } from '@/platform'
import { textSize, type TextSize } from '@/lib/textSize'
import { useEffect, useState } from 'react'
import { platformStorage } from './persisted'

interface PreferencesState {
  /** 适老化: larger type and touch targets on every page. Unset until the resident uses the switch: the platform's font setting decides. */
  largeText?: boolean
  setLargeText(on: boolean): void
}

export const usePreferences = create<PreferencesState>()(
  persist(
    (set) => ({
      largeText: undefined,
      setLargeText: (largeText) => set({ largeText }),
    }),
    { name: 'esscard.preferences', storage: platformStorage },
  ),
)

/** Large-text mode and font scale for this page: the in-app switch over the platform's font setting, kept up to date. */
export function useTextSize(): TextSize {
  const override = usePreferences((s) => s.largeText)
  const [system, setSystem] = useState(systemText)
  useEffect(() => onSystemTextChange(() => setSystem(systemText())), [])
  return textSize(system, override)
}
