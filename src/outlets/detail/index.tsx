import { Placeholder } from '@/ui/Placeholder'

export default function Page() {
  return <Placeholder title="网点详情" description="网点地址、办公时间、是否营业、电话、地图与导航。（建设中）" />
}
