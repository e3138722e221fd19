import { View } from '@tarojs/components'
import { RESET_URL } from '@/ui/CardProblem'
import type { CardStatus } from '@/identity/api'
import { attemptsLeftText } from '@/identity/attempts'
import { LinkButton } from '@/ui/Links'
import './manage.css'

/** The e-card password's state: locked with the way out (reset after face or SMS), or the attempts left. */
export function PasswordState({ password }: { password: CardStatus['password'] }) {
  if (password.locked) {
    return (
      <View className="block manage-password manage-password--locked" role="alert">
        <View className="manage-password__title">电子社保卡密码已锁定</View>
        <View className="manage-text">密码连续输错次数过多，亮码、支付和修改密码暂时不能使用。请通过人脸识别或短信验证码重置密码，重置后自动解除锁定。</View>
        <LinkButton url={RESET_URL} primary>
          重置密码并解锁
        </LinkButton>
      </View>
    )
  }
  return (
    <View className="block manage-password" role="status">
      <View className="manage-password__title">电子社保卡密码：正常</View>
      <View className="manage-text">{attemptsLeftText(password.attemptsLeft)}，连续输错用完后密码将被锁定。</View>
    </View>
  )
}
