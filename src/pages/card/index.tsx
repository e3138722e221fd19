import { View } from '@tarojs/components'
import { useCityCatalogue } from '@/city/ServiceGate'
import type { CardStatus } from '@/identity/api'
import { isIssued, useCardStatus } from '@/identity/cardStatus'
import { serviceRoute, type CatalogueService } from '@/lib/catalogue'
import { usePageCity } from '@/city/store'
import { ChooseCityFirst } from '@/ui/ChooseCityFirst'
import { NavCell } from '@/ui/NavCell'
import { Screen } from '@/ui/Screen'
import { RequestView } from '@/identity/RequestView'

/** What the resident's card says about an entry (none before the card status is known). */
function cardNote(serviceId: string, card: CardStatus | undefined): string | undefined {
  if (!card) return undefined
  const issued = isIssued(card)
  switch (serviceId) {
    case 'claim':
      return card.status === 'none' ? '未申领' : '已申领'
    case 'show-code':
    case 'scan':
      return issued ? undefined : card.status === 'none' ? '申领后可用' : '暂不可用'
    case 'bank':
      return card.status === 'level2' ? '已开通' : issued ? '未开通' : undefined
    case 'pin':
      return { initial: '未激活', active: '已激活', locked: '已锁定' }[card.pin]
    default:
      return undefined
  }
}

/** The 电子社保卡 tab: the city catalogue's e-card services, marked by the city's rules and the card's state. */
export default function CardTab() {
  // Without a session (H5 before login) the entries show without the card's state.
  const card = useCardStatus()
  const cityId = usePageCity() ?? card.data?.cityId
  const catalogue = useCityCatalogue(cityId)
  const entry = (service: CatalogueService) => (
    <NavCell
      key={service.id}
      title={service.name}
      url={serviceRoute(service, cityId)}
      note={service.enabled ? cardNote(service.id, card.data) : '本市暂未开通'}
    />
  )
  return (
    <Screen tab>
      <View className="page-title">电子社保卡</View>
      <View className="hint">电子社保卡是手机上的社保卡：出示二维码看病购药，也能在线查社保、办业务。</View>
      {cityId ? (
        <RequestView state={catalogue} onRetry={catalogue.reload} loadingLabel="正在加载服务">
          {({ categories }) => <View className="weui-cells">{categories.find((category) => category.id === 'ecard')?.services.map(entry)}</View>}
        </RequestView>
      ) : (
        <ChooseCityFirst />
      )}
    </Screen>
  )
}
