import { Placeholder } from '@/ui/Placeholder'

export default function Page() {
  return <Placeholder title="修改密码" description="用原密码修改电子社保卡密码，或经人脸、短信验证后重置。（建设中）" />
}
