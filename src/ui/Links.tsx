import { Button } from './Button'
import type { PageLink, PageUrl } from '@/lib/routes'
import Taro from '@tarojs/taro'
import { makePhoneCall } from '@/platform'
import { HOTLINE } from '@/lib/hotline'
import { leavePage } from './navigation'
import './Result.css'

export const OUTLETS_URL: PageUrl = '/outlets/list/index'

/** A full-width WeUI button that opens an app page. */
export function LinkButton({ url, children, primary }: { url: PageLink; children: string; primary?: boolean }) {
  return (
    <Button
      className={`weui-btn ${primary ? 'weui-btn_primary' : 'weui-btn_default'} link-button`}
      ariaLabel={children}
      onClick={() => void Taro.navigateTo({ url }).catch(() => undefined)}
    >
      {children}
    </Button>
  )
}

/** 完成 on a result page: back where the resident came from, or home when the page was opened directly. */
export function DoneButton() {
  return (
    <Button className="weui-btn weui-btn_primary" onClick={leavePage}>
      完成
    </Button>
  )
}

/**
 * Where counter-only services happen: the outlets list (filtered to the outlets that do `service`, a
 * catalogue id such as lift-loss) and the 12333 hotline.
 */
export function CounterHelp({ service }: { service?: string }) {
  return (
    <>
      <LinkButton url={service ? `${OUTLETS_URL}?service=${service}` : OUTLETS_URL}>查找社保经办网点</LinkButton>
      <HotlineButton />
    </>
  )
}

/** 拨打 12333 咨询: calls the hotline (on H5 the platform opens a tel: link). */
export function HotlineButton({ className = 'link-button' }: { className?: string }) {
  return (
    <Button className={`weui-btn weui-btn_default ${className}`} ariaLabel={`拨打 ${HOTLINE} 咨询`} onClick={() => makePhoneCall(HOTLINE)}>
      拨打 {HOTLINE} 咨询
    </Button>
  )
}
