import { Placeholder } from '@/ui/Placeholder'

export default function Page() {
  return <Placeholder title="临时挂失" description="挂失后电子社保卡立即停用，解挂需到柜台或拨打 12333。（建设中）" />
}
