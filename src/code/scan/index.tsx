import { Placeholder } from '@/ui/Placeholder'

export default function Page() {
  return <Placeholder title="扫一扫" description="扫描服务终端的二维码，确认后登录或支付。（建设中）" />
}
