/**
 * The city catalogue decides, everywhere, whether a service is open: the home grid, the card tab and
 * the service's own page read the same `enabled` flag.
 */
import { View } from '@tarojs/components'
import type { ReactNode } from 'react'
import { useRequest } from '@/gateway/hooks'
import { findService, NOT_OFFERED_HELP, notOfferedTitle } from '@/lib/catalogue'
import { usePageCity } from '@/city/store'
import { CounterHelp } from '@/ui/Links'
import { Result } from '@/ui/Result'
import { LoadingView } from '@/ui/states'

/** The catalogue of a city (none until a city is known). */
export function useCityCatalogue(cityId: string | null | undefined) {
  return useRequest('catalogue', cityId ? { cityId } : null)
}

/**
 * A service's page: what the city has not switched on is explained with where to go instead. When the
 * catalogue cannot be loaded the page goes on and the gateway decides.
 */
export function ServiceGate({ serviceId, children }: { serviceId: string; children: ReactNode }) {
  const cityId = usePageCity()
  const catalogue = useCityCatalogue(cityId)
  if (!cityId) return <>{children}</>
  if (catalogue.phase === 'loading') return <LoadingView />
  const service = catalogue.data ? findService(catalogue.data.categories, serviceId) : undefined
  if (service && !service.enabled) {
    return (
      <Result kind="warn" title={notOfferedTitle(service.name)} actions={<CounterHelp />}>
        <View className="weui-msg__desc">{NOT_OFFERED_HELP}</View>
      </Result>
    )
  }
  return <>{children}</>
}
