import { Placeholder } from '@/ui/Placeholder'

export default function Page() {
  return <Placeholder title="社保卡密码激活" description="修改实体社保卡初始密码 123456，修改后才能用于医保结算。（建设中）" />
}
