import { Placeholder } from '@/ui/Placeholder'

export default function Page() {
  return <Placeholder title="开通缴费结算" description="绑定社保卡金融账户，完成二级签发后可缴费、结算。（建设中）" />
}
