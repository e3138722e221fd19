/**
 * 即将离开本应用: the one way out to an official website. The service is looked up by the route's city and
 * service id in the city's catalogue (never an address from the route), and its address is checked against
 * the contract's allow-list again before anything is opened. H5 opens it in this tab; the mini-programs
 * cannot open outside websites, so they copy the link for the phone's browser.
 */
import { useState } from 'react'
import { View } from '@tarojs/components'
import { useCityCatalogue } from '@/city/ServiceGate'
import { externalSite } from '@/city/api'
import { HOTLINE } from '@/lib/hotline'
import { findService, NOT_OFFERED_HELP, notOfferedTitle, type CatalogueService } from '@/lib/catalogue'
import { canOpenWebsite, leaveForWebsite, pageParam } from '@/platform'
import { usePageCity } from '@/city/store'
import { Button } from '@/ui/Button'
import { HotlineButton } from '@/ui/Links'
import { leavePage } from '@/ui/navigation'
import { Num } from '@/ui/Num'
import { Result } from '@/ui/Result'
import { Screen } from '@/ui/Screen'
import { RequestView } from '@/identity/RequestView'
import './index.css'

const BackButton = ({ primary = false }: { primary?: boolean }) => (
  <Button className={`weui-btn ${primary ? 'weui-btn_primary' : 'weui-btn_default'} link-button`} onClick={leavePage}>
    返回
  </Button>
)

function Refused() {
  return (
    <Result
      kind="warn"
      title="无法打开这项服务"
      actions={
        <>
          <BackButton primary />
          <HotlineButton />
        </>
      }
    >
      <View className="weui-msg__desc">没有找到这项服务，或它要打开的网站不在本应用认可的官方网站之列。为了您的安全，本应用不会打开它。</View>
      <View className="weui-msg__desc">可以返回首页看看其他服务，或拨打 {HOTLINE} 咨询。</View>
    </Result>
  )
}

function LeaveStep({ service }: { service: CatalogueService | undefined }) {
  const [outcome, setOutcome] = useState<'copied' | 'failed' | null>(null)
  const url = service?.url
  const site = url === undefined ? null : externalSite(url)
  if (!service || url === undefined || !site) return <Refused />
  if (!service.enabled) {
    return (
      <Result kind="warn" title={notOfferedTitle(service.name)} actions={<BackButton primary />}>
        <View className="weui-msg__desc">{NOT_OFFERED_HELP}</View>
      </Result>
    )
  }
  const go = () => void leaveForWebsite(url).then((result) => result !== 'opened' && setOutcome(result))
  return (
    <Result
      kind="warn"
      title="即将离开本应用"
      actions={
        <>
          <Button className="weui-btn weui-btn_primary" onClick={go}>
            {canOpenWebsite ? '继续前往' : '复制链接'}
          </Button>
          <BackButton />
        </>
      }
    >
      <View className="weui-msg__desc">您将离开本应用，前往官方网站办理“{service.name}”：</View>
      <View className="leave-site" ariaLabel={`${site.name}，网址 ${site.host}`}>
        <View className="leave-site__name">{site.name}</View>
        <Num className="leave-site__host">{site.host}</Num>
      </View>
      {canOpenWebsite ? null : <View className="weui-msg__desc">小程序里不能直接打开网站。请点“复制链接”，再到手机的浏览器里打开。</View>}
      {outcome === 'copied' ? (
        <View className="weui-msg__desc leave-note" role="status">
          链接已复制。请打开手机上的浏览器，在地址栏里长按，选“粘贴”，再点“前往”。
        </View>
      ) : null}
      {outcome === 'failed' ? (
        <View className="weui-msg__desc leave-note" role="alert">
          复制没有成功。请在手机浏览器的地址栏里输入：{url}
        </View>
      ) : null}
    </Result>
  )
}

export default function LeaveApp() {
  const cityId = usePageCity()
  const [serviceId] = useState(() => pageParam('service') ?? '')
  const catalogue = useCityCatalogue(cityId)
  return (
    <Screen>
      <View className="hint hint--opening">
        为了您的安全，本应用只会打开政府部门认可的官方网站。离开前会写明要去的网站名称和网址；办完事后，可以回到本应用继续使用。
      </View>
      {cityId ? (
        <RequestView state={catalogue} onRetry={catalogue.reload} loadingLabel="正在读取服务">
          {({ categories }) => <LeaveStep service={findService(categories, serviceId)} />}
        </RequestView>
      ) : (
        <Refused />
      )}
    </Screen>
  )
}
