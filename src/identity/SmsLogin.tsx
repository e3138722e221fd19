import { Text, View } from '@tarojs/components'
import { Button } from '@/ui/Button'

/**
 * Mini-programs sign in with the platform's own login (a code exchange), never by SMS, so the H5 form
 * (SmsLogin.h5.tsx) stays out of their main package: a failed sign-in is said, with 重试.
 */
export function SmsLogin({ onDone }: { onDone?: () => void }) {
  return (
    <View className="state-view" role="alert">
      <Text className="state-view__title">登录失败</Text>
      <Text className="state-view__text">请检查网络后重试。</Text>
      {onDone ? (
        <Button className="weui-btn weui-btn_default state-view__action" onClick={onDone}>
          重试
        </Button>
      ) : null}
    </View>
  )
}
