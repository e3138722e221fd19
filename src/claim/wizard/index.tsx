import { Placeholder } from '@/ui/Placeholder'

export default function Page() {
  return <Placeholder title="申领电子社保卡" description="填写身份信息、授权、身份核验、设置密码，完成一级签发。（建设中）" />
}
