import { Placeholder } from '@/ui/Placeholder'

export default function Page() {
  return <Placeholder title="社保查询" description="参保状态、缴费记录、医保账户、养老金账户、待遇领取。（建设中）" />
}
