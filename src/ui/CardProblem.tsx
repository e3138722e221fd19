import { View } from '@tarojs/components'
import { bankLossStep, CANCELLED_GUIDANCE, LOSS_GUIDANCE } from '@/lib/cardGuidance'
import { CounterHelp, LinkButton } from './Links'
import { Result } from './Result'
import '@/ui/weui/msg'

const PROBLEMS = {
  lost: {
    title: '社保卡已挂失，电子社保卡暂停使用',
    message: LOSS_GUIDANCE.lift,
    next: `${LOSS_GUIDANCE.replace}${bankLossStep()}`,
    counter: 'lift-loss',
  },
  cancelled: {
    title: '社保卡已注销，电子社保卡无法使用',
    message: null,
    next: CANCELLED_GUIDANCE,
    counter: 'replace',
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
    <Result kind="warn" title={problem.title} actions={<CounterHelp service={problem.counter} />}>
      {problem.message ? <View className="weui-msg__desc">{problem.message}</View> : null}
      <View className="weui-msg__desc result-next">下一步：{problem.next}</View>
    </Result>
  )
}
