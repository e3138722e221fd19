/**
 * 出示电子社保卡二维码: after the e-card password (or WeChat's biometric check, within the gateway's
 * 10-minute window after the password), the identity code (level 1) or the payment code (level 2).
 * Switching between the two while a code shows asks the gateway for the other kind without the
 * password again (within the same window).
 */
import { View } from '@tarojs/components'
import { Button } from '@/ui/Button'
import Taro from '@tarojs/taro'
import { useRef, useState } from 'react'
import type { CardStatus } from '@/identity/api'
import { messageOf } from '@/gateway/errors'
import { platformName, verifyBiometric } from '@/platform'
import { usePasswordPrompt } from '@/identity/usePasswordPrompt'
import { Keypad } from '@/ui/Keypad'
import { NavCell } from '@/ui/NavCell'
import { Screen } from '@/ui/Screen'
import { LoadingView } from '@/ui/states'
import { useCityCatalogue } from '@/city/ServiceGate'
import { findService, notOfferedText } from '@/lib/catalogue'
import { RESET_URL } from '@/ui/CardProblem'
import { CardGate } from '@/identity/card'
import { ActingFor } from '@/identity/ActingFor'
import { CardProblemFor, useActingFor } from '@/identity/acting'
import { unavailableReason } from '../unavailableReason'
import { KIND_NAMES, LiveCode, fetchCode, needsPassword, timedFrom, type ShownCode } from '../components/LiveCode'
import { useLastCode } from '../store'
import { usePageVisible } from '../usePageVisible'
import './index.css'
import { Alert } from '@/ui/Alert'

type Kind = ShownCode['kind']

/** The gateway lets a code be refreshed without the password for 10 minutes; stay a minute inside. */
const BIOMETRIC_WINDOW_MS = 9 * 60_000

export default function ShowCodePage() {
  return (
    <Screen className="code-page">
      <ActingFor page="/code/show/index" verb="出示">
        <View className="hint code-page__lead">二维码用于在药店、医院和服务窗口核验身份或支付，请出示给工作人员扫码。</View>
        <CardGate purpose="code" loadingLabel="正在读取电子社保卡">
          {(card) => <CityCodeKinds card={card} />}
        </CardGate>
      </ActingFor>
    </Screen>
  )
}

/**
 * The payment code is for 药店扫码支付, which the card's city may not have switched on (the catalogue
 * decides, as everywhere); when the catalogue cannot be loaded the gateway decides.
 */
function CityCodeKinds({ card }: { card: CardStatus }) {
  const catalogue = useCityCatalogue(card.cityId)
  if (catalogue.phase === 'loading') return <LoadingView label="正在读取电子社保卡" />
  const pharmacyPay = catalogue.data ? findService(catalogue.data.categories, 'pharmacy-pay') : undefined
  return <ShowCode card={card} payOffered={pharmacyPay?.enabled !== false} />
}

function ShowCode({ card, payOffered }: { card: CardStatus; payOffered: boolean }) {
  const { input, onBehalfOf, relative } = useActingFor()
  const reason = unavailableReason(card, onBehalfOf !== undefined)
  // A relative's payment code only where the gateway allows it for the relationship.
  const payAllowed = payOffered && (onBehalfOf === undefined || relative?.paymentCode === true)
  const kinds: Kind[] = card.status === 'level2' && payAllowed ? ['payment', 'identity'] : ['identity']
  const asked = Taro.getCurrentInstance().router?.params.kind
  const [kind, setKind] = useState<Kind>(kinds.find((k) => k === asked) ?? kinds[0])
  const [code, setCode] = useState<ShownCode | null>(null)
  /** The newest code of this showing (LiveCode refreshes it), from which the other kind is asked for. */
  const newestId = useRef<string | null>(null)
  const [switching, setSwitching] = useState(false)
  const [switchError, setSwitchError] = useState<string | null>(null)
  const visible = usePageVisible()
  const { unlocked, renewed, forget } = useLastCode.getState()

  if (reason) return <CardProblemFor reason={reason} purpose="code" />

  const show = (shown: ShownCode) => {
    newestId.current = shown.codeId
    renewed(shown)
  }

  const choose = async (next: Kind) => {
    setSwitchError(null)
    const from = code ? newestId.current : null
    if (!from) {
      setKind(next)
      setCode(null)
      return
    }
    setSwitching(true)
    try {
      const other = await fetchCode('codeRefresh', { ...input, codeId: from, kind: next })
      show(other)
      setKind(next)
      setCode(other)
    } catch (caught) {
      if (needsPassword(caught)) {
        forget()
        setKind(next)
        setCode(null)
      } else setSwitchError(`${messageOf(caught)}，请再点一次${KIND_NAMES[next]}`)
    } finally {
      setSwitching(false)
    }
  }

  return (
    <View>
      {kinds.length > 1 ? (
        <View className="code-kinds" role="group" ariaLabel="二维码类型">
          {kinds.map((k) => (
            <Button
              key={k}
              ariaLabel={k === kind ? `${KIND_NAMES[k]}，已选中` : KIND_NAMES[k]}
              aria-pressed={k === kind}
              className={`weui-btn weui-btn_mini ${k === kind ? 'weui-btn_primary code-kinds__item--selected' : 'weui-btn_default'} code-kinds__item`}
              loading={switching && k !== kind}
              disabled={switching}
              onClick={() => k !== kind && void choose(k)}
            >
              {KIND_NAMES[k]}
            </Button>
          ))}
        </View>
      ) : null}
      <Alert className="code-page__note" message={switchError} />
      {asked === 'payment' && card.status === 'level2' && !payOffered ? <View className="hint code-page__note">{notOfferedText('药店扫码支付')}</View> : null}
      {asked === 'payment' && card.status !== 'level2' ? (
        <View className="weui-cells">
          <View className="hint code-page__note">支付码需要先开通缴费结算功能（二级签发）。</View>
          <NavCell title="开通缴费结算" url="/claim/bank/index" />
        </View>
      ) : null}
      {code ? (
        <LiveCode
          key={`${code.kind}:${code.codeId}`}
          initial={code}
          visible={visible}
          onCode={show}
          onNeedPassword={() => {
            forget()
            setCode(null)
          }}
        />
      ) : (
        <PasswordGate
          key={kind}
          kind={kind}
          onCode={(issued, unlockedAt) => {
            unlocked({ codeId: issued.codeId, kind: issued.kind, unlockedAt, onBehalfOf })
            show(issued)
            setCode(issued)
          }}
        />
      )}
    </View>
  )
}

function PasswordGate({ kind, onCode }: { kind: Kind; onCode(code: ShownCode, unlockedAt: number): void }) {
  const { input, onBehalfOf } = useActingFor()
  const issue = usePasswordPrompt('codeIssue', { invalidates: ['cardStatus'] })
  const [biometricError, setBiometricError] = useState<string | null>(null)
  const [checking, setChecking] = useState(false)
  const [remembered] = useState(() => {
    const { lastCode } = useLastCode.getState()
    return platformName === 'weapp' && lastCode?.kind === kind && lastCode.onBehalfOf === onBehalfOf && Date.now() - lastCode.unlockedAt < BIOMETRIC_WINDOW_MS
      ? lastCode
      : null
  })

  async function submit(password: string) {
    const sentAt = Date.now()
    const issued = await issue.submit({ ...input, password, kind })
    if (issued) onCode(timedFrom(sentAt, issued), Date.now())
  }

  async function checkBiometric() {
    if (!remembered || checking) return
    setChecking(true)
    setBiometricError(null)
    try {
      const outcome = await verifyBiometric(remembered.codeId)
      if (outcome !== 'passed') {
        setBiometricError(outcome === 'failed' ? '验证未通过，请输入电子社保卡密码' : '本机不支持指纹或面容验证，请输入密码')
        return
      }
      onCode(await fetchCode('codeRefresh', { ...input, codeId: remembered.codeId }), remembered.unlockedAt)
    } catch (caught) {
      useLastCode.getState().forget()
      setBiometricError(`${messageOf(caught)}，请输入电子社保卡密码`)
    } finally {
      setChecking(false)
    }
  }

  const error = issue.message ?? biometricError
  // For a relative the resident's own password opens the relative's code; say whose, or a grandchild types the parent's.
  const whose = onBehalfOf ? '您本人的' : ''

  return (
    <View className="code-gate">
      <View className="hint code-page__note">
        输入{whose}电子社保卡密码后出示{KIND_NAMES[kind]}。
      </View>
      {remembered ? (
        <View className="actions">
          <Button className="weui-btn weui-btn_default" loading={checking} disabled={checking} onClick={() => void checkBiometric()}>
            使用指纹或面容验证
          </Button>
        </View>
      ) : null}
      <Keypad
        label={`请输入${whose}电子社保卡密码`}
        {...issue.digits}
        error={error}
        busy={issue.pending ? '正在核验密码' : checking ? '正在验证' : null}
        onComplete={(value) => void submit(value)}
      />
      {issue.locked ? <NavCell title="重置电子社保卡密码" url={RESET_URL} /> : null}
    </View>
  )
}
