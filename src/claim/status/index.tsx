import { Placeholder } from '@/ui/Placeholder'

export default function Page() {
  return <Placeholder title="我的电子社保卡" description="签发级别、关联银行卡、已绑定渠道与解除关联。（建设中）" />
}
