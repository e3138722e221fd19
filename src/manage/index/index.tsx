import { Placeholder } from '@/ui/Placeholder'

export default function Page() {
  return <Placeholder title="卡片管理" description="修改或重置电子社保卡密码、挂失、解除关联、退出登录。（建设中）" />
}
