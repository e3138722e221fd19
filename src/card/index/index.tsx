import { View } from '@tarojs/components'
import type { ResponseOf } from '@/gateway/contract'
import { useRequest } from '@/gateway/hooks'
import { makePhoneCall } from '@/platform'
import { RequestView } from '@/identity/RequestView'
import { Button } from '@/ui/Button'
import { HotlineButton, LinkButton } from '@/ui/Links'
import { NavCell } from '@/ui/NavCell'
import { Screen } from '@/ui/Screen'
import type { CardApplication } from '../api'
import { ApplicationCells } from '../components/ApplicationCells'
import { APPLY_URL, LOSS_URL } from '../links'
// Adds the card slice to the contract before the page calls it (contract.ts, SubPackageSlices).
import '../api'
import '../card.css'

function Applications({ applications }: { applications: CardApplication[] }) {
  return (
    <View>
      <View className="weui-cells__title">我的申请</View>
      {applications.length ? (
        <ApplicationCells applications={applications} />
      ) : (
        <View className="hint card-lead">还没有申请。首次申领免费，约 30 个工作日制作完成。</View>
      )}
      <View className="actions">
        <LinkButton url={APPLY_URL} primary>
          申领实体社保卡
        </LinkButton>
        <LinkButton url={`${APPLY_URL}?for=child`}>为子女申领（监护人）</LinkButton>
      </View>
    </View>
  )
}

/** Loss is reported twice (the social-security account here or at 12333, the bank account at the bank), then 补换卡. */
function LossAndReplace({ replacement }: { replacement: ResponseOf<'cardReplacement'> }) {
  return (
    <View>
      <View className="weui-cells__title">卡丢了：挂失与补换</View>
      <View className="block card-text" role="note">
        <View className="card-p">社保卡有社保账户和银行账户，丢失后要分别挂失：</View>
        <View className="card-p">1. 社保账户：在本应用临时挂失，或拨打 12333。</View>
        <View className="card-p">{`2. 银行账户：拨打${replacement.bankName}客服电话 ${replacement.bankHotline}。`}</View>
        <View className="card-p">3. 找不回的，申请补卡。申请补卡后不能再解除挂失。</View>
      </View>
      <View className="weui-cells">
        <NavCell title="社保账户临时挂失" url={LOSS_URL} note={replacement.lossReported ? '已挂失' : undefined} />
      </View>
      <View className="actions">
        <Button
          className="weui-btn weui-btn_default link-button"
          ariaLabel={`拨打${replacement.bankName}客服 ${replacement.bankHotline}，挂失银行账户`}
          onClick={() => makePhoneCall(replacement.bankHotline)}
        >
          {`拨打${replacement.bankName} ${replacement.bankHotline}`}
        </Button>
        <HotlineButton />
        {replacement.replacementApplied ? (
          <View className="card-text card-notice" role="status">
            已申请补卡，不能再解除挂失。新卡的进度见上方“我的申请”。
          </View>
        ) : (
          <LinkButton url={`${APPLY_URL}?reason=lost`}>申请补换社保卡</LinkButton>
        )}
      </View>
    </View>
  )
}

function Guide() {
  return (
    <View>
      <View className="weui-cells__title">领卡与启用</View>
      <View className="block card-text">
        <View className="card-p">领卡：制卡约 30 个工作日。网点领取请带本人身份证原件；为孩子领卡带户口簿和监护人身份证。</View>
        <View className="card-p">启用：社保功能领卡即可使用；金融账户需在领卡 30 天内，本人带身份证和社保卡到开户银行网点启用。</View>
      </View>
    </View>
  )
}

/** 实体社保卡: my applications and their progress, applying (for me or a child), collecting and activating, loss and replacement. */
export default function PhysicalCardPage() {
  const applications = useRequest('cardApplications', {})
  const replacement = useRequest('cardReplacement', {})
  return (
    <Screen>
      <View className="page-title">实体社保卡</View>
      {/* Always the same, so above what loads: the page's first frame already says how a card is collected. */}
      <Guide />
      <RequestView state={applications} onRetry={applications.reload} loadingLabel="正在查询您的申请">
        {({ applications: list }) => (
          <View>
            <Applications applications={list} />
            <RequestView state={replacement} onRetry={replacement.reload} loadingLabel="正在查询挂失信息">
              {(answer) => <LossAndReplace replacement={answer} />}
            </RequestView>
          </View>
        )}
      </RequestView>
    </Screen>
  )
}
