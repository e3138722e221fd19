import { View } from '@tarojs/components'
import { Button } from '@/ui/Button'
import type { CardStatus } from '@/identity/api'
import { platformName } from '@/platform'
import { shownPhone, useClaim } from '@/claim/store'
import { Screen } from '@/ui/Screen'
import { Steps } from '@/ui/Steps'
import { CardGate } from '@/identity/card'
import { LevelOpens } from '../components/LevelOpens'
import { LinkButton } from '@/ui/Links'
import { Result } from '@/ui/Result'
import { VerifyIdentity } from '@/identity/VerifyIdentity'
import { LEVEL_INFO } from '../levels'
import { ConsentStep } from './ConsentStep'
import { IdentityStep } from './IdentityStep'
import { CLAIM_STEPS, type ClaimStep } from './machine'
import { PasswordStep } from './PasswordStep'
import '../claim.css'
import '@/ui/weui/msg'

const STEP_TITLES: Record<ClaimStep, string> = { identity: '填写信息', consent: '授权', verify: '身份核验', password: '设置密码', done: '完成' }

function VerifyStep() {
  const claim = useClaim()
  const { identity, certifyId } = claim
  return (
    <View>
      <View className="hint claim-lead">请完成本人身份核验。</View>
      <VerifyIdentity
        purpose="claim"
        methods={['face', 'sms']}
        phone={identity.phone || undefined}
        phoneShown={shownPhone(claim)}
        faceSubject={identity.idNumber && certifyId ? { name: identity.name, idNumber: identity.idNumber, certifyId } : null}
        onVerified={claim.verified}
      />
      <View className="actions">
        <Button className="weui-btn weui-btn_default" onClick={() => claim.send('back')}>
          返回修改信息
        </Button>
      </View>
    </View>
  )
}

function Issued() {
  return (
    <Result
      kind="success"
      title={`电子社保卡已领取（${LEVEL_INFO.level1.title}）`}
      actions={
        <>
          <LinkButton url="/claim/bank/index" primary>
            开通缴费结算（二级签发）
          </LinkButton>
          <LinkButton url="/claim/status/index">查看我的电子社保卡</LinkButton>
        </>
      }
    >
      <View className="weui-msg__desc">现在可以使用：</View>
      <LevelOpens level="level1" />
      <View className="weui-msg__desc">关联社保卡银行账户后，还可以缴费和医保结算。</View>
    </Result>
  )
}

/** The wizard itself: the store's step decides (moved by the table in ./machine; 授权 resumes as the form after a reload, see claim/store). */
function Wizard() {
  const step = useClaim((s) => s.step)
  return (
    <View>
      <Steps titles={CLAIM_STEPS.map((s) => STEP_TITLES[s])} current={CLAIM_STEPS.indexOf(step)} />
      {step === 'identity' ? <IdentityStep /> : null}
      {step === 'consent' ? <ConsentStep /> : null}
      {step === 'verify' ? <VerifyStep /> : null}
      {step === 'password' ? <PasswordStep /> : null}
      {step === 'done' ? <Issued /> : null}
    </View>
  )
}

function AlreadyIssued({ card }: { card: CardStatus }) {
  return (
    <View className="block" role="status">
      <View className="claim-consent__title">您已领取电子社保卡，无需重复申领</View>
      <View className="claim-consent__text">当前为{card.status === 'level2' ? LEVEL_INFO.level2.title : LEVEL_INFO.level1.title}。</View>
      {card.status === 'level1' ? (
        <LinkButton url="/claim/bank/index" primary>
          开通缴费结算（二级签发）
        </LinkButton>
      ) : null}
      <LinkButton url="/claim/status/index">查看我的电子社保卡</LinkButton>
    </View>
  )
}

export default function ClaimWizardPage() {
  // Once issued the wizard stays at its last step, though the card status (refreshed by the issue) now says issued.
  const issued = useClaim((s) => s.step === 'done')
  return (
    <Screen>
      <View className="page-title">申领电子社保卡</View>
      <View className="hint claim-lead">电子社保卡与实体社保卡一一对应。实体社保卡正常可用，就可以在这里申领，领取后可以出示身份码、查询社保记录。</View>
      {issued ? (
        <Wizard />
      ) : (
        <CardGate admits={['none']}>
          {(card) => (card.status === 'none' || !card.channels.some((bound) => bound.channel === platformName) ? <Wizard /> : <AlreadyIssued card={card} />)}
        </CardGate>
      )}
    </Screen>
  )
}
