import { Placeholder } from '@/ui/Placeholder'

export default function Page() {
  return <Placeholder title="电子社保卡二维码" description="输入电子社保卡密码后出示二维码，用于药店、医院、柜台扫码。（建设中）" />
}
