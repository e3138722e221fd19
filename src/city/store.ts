/**
 * The city the civic centre shows. Order of precedence: a deep link's `?city=` (a shared H5 link, a
 * mini-program path), then the resident's last choice (persisted), then the city nearest to their
 * position when they allow location, else they pick one.
 */
import { useCallback, useEffect, useState } from 'react'
import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import * as v from 'valibot'
import { cityIdSchema } from '@/city/api'
import { nearest, type LatLng } from '@/lib/geo'
import { getLocation, pageParam, setLinkParam } from '@/platform'
import { platformStorage } from '@/stores/persisted'

interface CityState {
  cityId: string | null
  choose(cityId: string): void
}

export const useCityStore = create<CityState>()(
  persist(
    (set) => ({
      cityId: null,
      choose: (cityId) => set({ cityId }),
    }),
    { name: 'esscard.city', storage: platformStorage, partialize: ({ cityId }) => ({ cityId }) },
  ),
)

export type CityStart = { kind: 'chosen'; cityId: string; source: 'link' | 'saved' } | { kind: 'unknown'; requested: string } | { kind: 'locate' }

/** Where the city comes from before any location lookup (pure). */
export function resolveCity(input: { linkCity?: string; savedCity: string | null; known: readonly string[] }): CityStart {
  const { linkCity, savedCity, known } = input
  if (linkCity) return known.includes(linkCity) ? { kind: 'chosen', cityId: linkCity, source: 'link' } : { kind: 'unknown', requested: linkCity }
  if (savedCity && known.includes(savedCity)) return { kind: 'chosen', cityId: savedCity, source: 'saved' }
  return { kind: 'locate' }
}

export type CityStatus =
  | { kind: 'resolving' }
  | { kind: 'chosen'; cityId: string; source: 'link' | 'saved' | 'location' | 'picker' }
  | { kind: 'unknown'; requested: string }
  | { kind: 'ask' }

interface CityLike extends LatLng {
  id: string
}

/** Resolves the page's city once the city list is known, and lets the resident pick another. */
export function useCityChoice(cities: readonly CityLike[]) {
  const [status, setStatus] = useState<CityStatus>({ kind: 'resolving' })

  const select = useCallback((cityId: string, source: 'link' | 'saved' | 'location' | 'picker') => {
    useCityStore.getState().choose(cityId)
    setLinkParam('city', cityId)
    setStatus({ kind: 'chosen', cityId, source })
  }, [])

  useEffect(() => {
    const start = resolveCity({ linkCity: pageParam('city'), savedCity: useCityStore.getState().cityId, known: cities.map((c) => c.id) })
    if (start.kind === 'chosen') return select(start.cityId, start.source)
    if (start.kind === 'unknown') return setStatus(start)
    let live = true
    void getLocation().then((position) => {
      if (!live) return
      const near = position ? nearest(cities, position) : undefined
      if (near) select(near.id, 'location')
      else setStatus({ kind: 'ask' })
    })
    return () => {
      live = false
    }
  }, [cities, select])

  const pick = useCallback((cityId: string) => select(cityId, 'picker'), [select])
  return { status, pick }
}

/**
 * The city of a page other than home: its deep link's `?city=` when it is a city id at all (never a path
 * like `..`; the gateway answers CITY_UNKNOWN for an id not in its list), else the resident's choice.
 */
export function usePageCity(): string | null {
  const saved = useCityStore((s) => s.cityId)
  const [linkCity] = useState(() => pageParam('city'))
  return linkCity !== undefined && v.is(cityIdSchema, linkCity) ? linkCity : saved
}
