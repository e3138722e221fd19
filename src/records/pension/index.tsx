import { Placeholder } from '@/ui/Placeholder'

export default function Page() {
  return <Placeholder title="养老保险个人账户" description="养老保险个人账户累计金额与逐年增长。（建设中）" />
}
