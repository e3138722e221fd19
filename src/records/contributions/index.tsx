import { Placeholder } from '@/ui/Placeholder'

export default function Page() {
  return <Placeholder title="缴费记录" description="按险种和年份查询缴费记录。（建设中）" />
}
