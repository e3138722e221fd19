import { Placeholder } from '@/ui/Placeholder'

export default function Page() {
  return <Placeholder title="服务网点" description="按距离列出社保经办网点和市民中心，可按区县和业务筛选。（建设中）" />
}
