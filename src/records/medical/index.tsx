import { Placeholder } from '@/ui/Placeholder'

export default function Page() {
  return <Placeholder title="医保个人账户" description="医保个人账户余额与消费明细。（建设中）" />
}
