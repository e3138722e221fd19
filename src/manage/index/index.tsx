import { View } from '@tarojs/components'
import { Button } from '@/ui/Button'
import Taro from '@tarojs/taro'
import { signOut } from '@/gateway/client'
import { platformName } from '@/platform'
import { useSession } from '@/stores/session'
import { NavCell } from '@/ui/NavCell'
import { Screen } from '@/ui/Screen'
import { goHome } from '@/ui/navigation'
import { CardGate } from '@/identity/card'
import { clearDeviceData } from '../device'
import { CardProblem, RESET_URL, problemOf } from '@/ui/CardProblem'
import { isIssued } from '@/identity/cardStatus'
import { PasswordState } from '../PasswordState'
import '../manage.css'

async function confirmClear() {
  const { confirm } = await Taro.showModal({
    title: '清除本机数据',
    content: '将退出登录，并清除本机保存的城市、显示设置和未完成的申领进度。您的电子社保卡和社保记录不受影响。',
    confirmText: '清除',
    cancelText: '取消',
  })
  if (!confirm) return
  clearDeviceData()
  goHome()
}

function Account() {
  // On H5 the token comes back with the refresh after a reload; the stored subject says a resident is signed in here.
  const signedIn = useSession((s) => s.token !== null || s.subject !== null)
  return (
    <View className="actions">
      {signedIn ? (
        <Button
          className="weui-btn weui-btn_default"
          onClick={() => {
            void signOut()
            goHome()
          }}
        >
          退出登录
        </Button>
      ) : null}
      <Button className="weui-btn weui-btn_default" onClick={confirmClear}>
        清除本机数据
      </Button>
    </View>
  )
}

export default function ManagePage() {
  return (
    <Screen>
      <View className="page-title">卡片管理</View>
      <View className="hint manage-lead">亮码和支付时需要输入电子社保卡密码。忘记密码或密码被锁定时，可以重置密码。</View>
      <View className="manage-card">
        <CardGate admits={['lost', 'cancelled']}>
          {(card) => {
            const usable = isIssued(card)
            const here = card.channels.find((c) => c.channel === platformName)
            return (
              <View>
                {isIssued(card) ? <PasswordState password={card.password} /> : <CardProblem reason={problemOf(card)} />}
                <View className="weui-cells__title">密码</View>
                <View className="weui-cells">
                  {usable && !card.password.locked ? <NavCell title="修改密码" url="/manage/password/index" /> : null}
                  <NavCell title="重置密码" url={RESET_URL} note={card.password.locked ? '已锁定，重置后解锁' : '忘记密码时'} />
                </View>
                {usable || here ? (
                  <View>
                    <View className="weui-cells__title">卡片</View>
                    <View className="weui-cells">
                      {usable ? <NavCell title="临时挂失" url="/manage/loss/index" /> : null}
                      {here ? <NavCell title="解除本渠道关联" url="/manage/unbind/index" note={here.name} /> : null}
                    </View>
                  </View>
                ) : null}
                <View className="weui-cells">
                  <NavCell title="实体社保卡" url="/card/index/index" note="申领、补换、进度" />
                </View>
              </View>
            )
          }}
        </CardGate>
      </View>
      <Account />
    </Screen>
  )
}
