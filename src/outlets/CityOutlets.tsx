import type { ReactNode } from 'react'
import { View } from '@tarojs/components'
import type { ResponseOf } from '@/gateway/contract'
import { useRequest } from '@/gateway/hooks'
import { usePageCity } from '@/city/store'
import { ChooseCityFirst } from '@/ui/ChooseCityFirst'
import { RequestView } from '@/identity/RequestView'

export type Outlet = ResponseOf<'outlets'>[number]
export type Catalogue = ResponseOf<'catalogue'>

/**
 * The outlets of the page's city (its deep link's `?city=`, else the resident's choice), with the
 * catalogue for service names; loading, faults with retry, and no city yet.
 */
export function CityOutlets({ children }: { children: (outlets: Outlet[], cityId: string, catalogue: Catalogue | undefined) => ReactNode }) {
  const cityId = usePageCity()
  const outlets = useRequest('outlets', cityId ? { cityId } : null)
  const catalogue = useRequest('catalogue', cityId ? { cityId } : null)
  if (!cityId) {
    return <ChooseCityFirst />
  }
  // The outlets wait for the catalogue (loaded alongside), so its service filter does not push them down.
  const state = outlets.phase === 'done' && catalogue.phase === 'loading' ? { phase: 'loading' as const } : outlets
  return (
    <RequestView state={state} onRetry={outlets.reload} loadingLabel="正在加载服务网点">
      {(list) => <View>{children(list, cityId, catalogue.data)}</View>}
    </RequestView>
  )
}

/** Service id → name, from the city's catalogue. */
export function serviceNames(catalogue: Catalogue | undefined): Map<string, string> {
  return new Map(catalogue?.categories.flatMap((category) => category.services.map((service) => [service.id, service.name] as const)) ?? [])
}

export const KIND_TEXT: Record<Outlet['kind'], string> = {
  'civic-centre': '市民中心',
  'social-security': '社保经办',
  bank: '合作银行',
}
