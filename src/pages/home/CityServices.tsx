import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useRequest } from '@/gateway/hooks'
import { asksForElderMode, isEmptyCatalogue, notOfferedText, searchServices, serviceRoute } from '@/lib/catalogue'
import { CounterHelp } from '@/ui/Links'
import { EmptyView } from '@/ui/states'
import { RequestView } from '@/identity/RequestView'
import { ElderModeEntry } from './ElderMode'
import { Notices } from './Notices'
import { SearchBar } from './SearchBar'
import { ServiceGrid, type Service } from './ServiceGrid'
import { focusable } from '@/ui/focusable'

/** The chosen city's services (grouped grid, or search results) and notices. */
export function CityServices({ cityId, cityName }: { cityId: string; cityName: string }) {
  const catalogue = useRequest('catalogue', { cityId })
  const notices = useRequest('notices', { cityId })
  const [query, setQuery] = useState('')
  const [blocked, setBlocked] = useState<Service | null>(null)

  const open = (service: Service) => {
    if (!service.enabled) return setBlocked(service)
    setBlocked(null)
    void Taro.navigateTo({ url: serviceRoute(service, cityId) })
  }

  return (
    <View className="city-services">
      <SearchBar value={query} onValue={setQuery} />
      {blocked ? (
        <View className="block service-blocked" role="alert">
          {notOfferedText(blocked.name, cityName)}
        </View>
      ) : null}
      <RequestView state={catalogue} onRetry={catalogue.reload} loadingLabel="正在加载服务">
        {({ categories }) => {
          if (query.trim()) {
            const found = searchServices(categories, query)
            if (asksForElderMode(query)) {
              return (
                <View>
                  <View className="weui-cells__title">搜索结果</View>
                  <ElderModeEntry />
                  {found.length ? <ServiceGrid title={`相关服务（${found.length}）`} services={found} onOpen={open} /> : null}
                </View>
              )
            }
            return found.length ? (
              <ServiceGrid title={`搜索结果（${found.length}）`} services={found} onOpen={open} />
            ) : (
              <EmptyView title={`没有找到与“${query.trim()}”相关的服务`}>
                <Text className="state-view__text">{cityName}的这项业务可能需要到服务网点办理。可以换个说法再搜，或拨打 12333 咨询。</Text>
                <CounterHelp />
              </EmptyView>
            )
          }
          if (isEmptyCatalogue(categories)) {
            return (
              <EmptyView title={`${cityName}暂未上线线上服务`}>
                <Text className="state-view__text">可拨打 12333 咨询，或到服务网点办理</Text>
              </EmptyView>
            )
          }
          return categories
            .filter((category) => category.services.length)
            .map((category) => <ServiceGrid key={category.id} title={category.name} services={category.services} onOpen={open} />)
        }}
      </RequestView>
      {notices.phase === 'done' ? <Notices notices={notices.data} /> : null}
      {notices.phase === 'error' ? (
        <View className="hint notices-error" role="alert">
          通知公告加载失败：{notices.error.message}
          {notices.error.retryable ? (
            <View className="link-button" role="button" {...focusable} onClick={notices.reload}>
              重试
            </View>
          ) : null}
        </View>
      ) : null}
    </View>
  )
}
