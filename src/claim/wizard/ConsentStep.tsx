import { View } from '@tarojs/components'
import { Button } from '@/ui/Button'
import { leavePage } from '@/ui/navigation'
import { useEffect, useRef } from 'react'
import { useSubmit } from '@/gateway/hooks'
import { maskIdNumber, maskName, maskPhone } from '@/lib/mask'
import { useClaim } from '@/claim/store'
import { Num } from '@/ui/Num'
import { Alert } from '@/ui/Alert'

const SHARED = ['姓名、身份证号', '银行预留手机号', '人脸识别或短信核验的结果', '您在本应用领取电子社保卡的记录']

/**
 * Step 2: the resident's consent to share their identity with the national social security card
 * platform (全国社会保障卡服务平台). Agreeing sends the precheck; leaving forgets what was typed, and a
 * precheck answer that arrives after leaving is ignored (the resident withdrew their consent).
 */
export function ConsentStep() {
  const identity = useClaim((s) => s.identity)
  const { send, prechecked, reset } = useClaim.getState()
  const precheck = useSubmit('claimPrecheck')
  const left = useRef(false)
  useEffect(() => {
    left.current = false
    return () => {
      left.current = true
    }
  }, [])

  async function agree() {
    const result = await precheck.submit(identity)
    if (result && !left.current) prechecked(result.certifyId, result.phoneMasked)
  }

  function leave() {
    left.current = true
    reset()
    leavePage()
  }

  const mismatch = precheck.error?.code === 'IDENTITY_MISMATCH'

  return (
    <View>
      <View className="block claim-consent">
        <View className="claim-consent__title">授权全国社会保障卡服务平台核验您的身份</View>
        <View className="claim-consent__text">
          为签发电子社保卡，以下信息将提供给人力资源社会保障部全国社会保障卡服务平台，仅用于身份核验和电子社保卡签发：
        </View>
        <View role="list" ariaLabel="共享的信息">
          {SHARED.map((item) => (
            <View key={item} className="claim-opens__item" role="listitem">
              {item}
            </View>
          ))}
        </View>
        <View className="claim-consent__who">
          {maskName(identity.name)} · <Num>{maskIdNumber(identity.idNumber)}</Num> · <Num>{maskPhone(identity.phone)}</Num>
        </View>
      </View>
      <Alert className="claim-error" message={precheck.error?.message} />
      <View className="actions">
        <Button className="weui-btn weui-btn_primary" loading={precheck.pending} disabled={precheck.pending} onClick={agree}>
          同意并继续
        </Button>
        <Button className="weui-btn weui-btn_default" onClick={() => send('back')}>
          {mismatch ? '返回修改信息' : '上一步'}
        </Button>
        <Button className="weui-btn weui-btn_default" onClick={leave}>
          不同意，离开
        </Button>
      </View>
    </View>
  )
}
