import { View } from '@tarojs/components'
import { ERROR_MESSAGES } from '@/gateway/errors'
import { CounterHelp, LinkButton } from './Links'
import { Result } from './Result'
import '@/ui/weui/msg'

const PROBLEMS = {
  lost: {
    title: '社保卡已挂失，电子社保卡暂停使用',
    message: ERROR_MESSAGES.CARD_LOST,
    next: '电话临时挂失的，可拨打 12333 解除挂失；书面挂失或已申请补卡的，请携带身份证到社保经办网点办理。解除挂失或领到新卡后，电子社保卡自动恢复使用。',
  },
  cancelled: {
    title: '社保卡已注销，电子社保卡无法使用',
    message: ERROR_MESSAGES.CARD_CANCELLED,
    next: '请携带身份证到社保经办网点或合作银行补换新的社保卡，新卡启用后再申领电子社保卡。',
  },
} as const

/** No e-card yet: say so and lead to the claim. */
export function NoEcard() {
  return (
    <View className="block" role="status">
      <View className="result-text">您还没有领取电子社保卡。</View>
      <LinkButton url="/claim/wizard/index" primary>
        申领电子社保卡
      </LinkButton>
    </View>
  )
}

/** Lost or cancelled physical card: what it means for the e-card and what to do next. */
export function CardProblem({ status }: { status: keyof typeof PROBLEMS }) {
  const problem = PROBLEMS[status]
  return (
    <Result kind="warn" title={problem.title} actions={<CounterHelp />}>
      <View className="weui-msg__desc">{problem.message}</View>
      <View className="weui-msg__desc result-next">下一步：{problem.next}</View>
    </Result>
  )
}
