import { View } from '@tarojs/components'
import type { PageUrl } from '@/lib/routes'
import type { ReactNode } from 'react'
import { bankLossStep, CANCELLED_GUIDANCE, LOSS_GUIDANCE } from '@/lib/cardGuidance'
import { CounterHelp, HotlineButton, LinkButton } from './Links'
import { Result } from './Result'
import '@/ui/weui/msg'

/**
 * Why the e-card cannot be used here: none yet, the physical card lost (and, `replacing`, its replacement applied
 * for, so the loss can no longer be lifted) or cancelled, this channel unbound, the password locked.
 */
export type CardProblemReason = 'none' | 'lost' | 'replacing' | 'cancelled' | 'unbound' | 'password-locked'
/** What the resident came to do, which the title names: use the card in general, query records, show a code. */
export type CardPurpose = 'card' | 'query' | 'code'

const CLAIM_URL: PageUrl = '/claim/wizard/index'
export const RESET_URL: PageUrl = '/manage/reset/index'
/** The physical card room: applying for a replacement, and its progress. */
const PHYSICAL_CARD_URL: PageUrl = '/card/index/index'
const replaceButton = () => <LinkButton url={PHYSICAL_CARD_URL}>申请补换社保卡</LinkButton>

const PROBLEMS: Record<
  CardProblemReason,
  { title: string | Record<CardPurpose, string>; message?: string; next: readonly string[]; actions: () => ReactNode }
> = {
  none: {
    title: { card: '您还没有领取电子社保卡', query: '领取电子社保卡后即可查询', code: '您还没有领取电子社保卡' },
    next: [
      '准备好本人身份证、实体社保卡和在银行预留的手机号。',
      '填写姓名、身份证号和手机号，通过人脸识别或短信验证。',
      '设置 6 位电子社保卡密码，即可出示二维码、查询参保和缴费信息。',
    ],
    actions: () => (
      <LinkButton url={CLAIM_URL} primary>
        申领电子社保卡
      </LinkButton>
    ),
  },
  lost: {
    title: { card: '社保卡已挂失，电子社保卡暂停使用', query: '社保卡已挂失，暂时不能查询', code: '社保卡已挂失，无法出示二维码' },
    message: LOSS_GUIDANCE.lift,
    next: [LOSS_GUIDANCE.replace, bankLossStep()],
    actions: () => (
      <>
        {replaceButton()}
        <CounterHelp service="lift-loss" />
      </>
    ),
  },
  replacing: {
    title: { card: '社保卡已挂失，新卡补办中', query: '社保卡已挂失，新卡补办中，暂时不能查询', code: '社保卡已挂失，新卡补办中，无法出示二维码' },
    message: '您已申请补卡，原卡不能再解除挂失。',
    next: ['领到新卡后，电子社保卡自动关联新卡，即可恢复使用。'],
    actions: () => (
      <>
        <LinkButton url={PHYSICAL_CARD_URL} primary>
          查看补卡进度
        </LinkButton>
        <HotlineButton />
      </>
    ),
  },
  cancelled: {
    title: { card: '社保卡已注销，电子社保卡无法使用', query: '社保卡已注销，不能查询', code: '社保卡已注销，无法出示二维码' },
    next: [CANCELLED_GUIDANCE],
    actions: () => (
      <>
        {replaceButton()}
        <CounterHelp service="replace" />
      </>
    ),
  },
  unbound: {
    title: '本渠道未关联电子社保卡',
    next: ['如需在这里出示二维码，请重新申领电子社保卡（已领取的卡不受影响）。'],
    actions: () => (
      <>
        <LinkButton url={CLAIM_URL} primary>
          申领电子社保卡
        </LinkButton>
        <HotlineButton />
      </>
    ),
  },
  'password-locked': {
    title: '电子社保卡密码已锁定',
    message: '密码连续输错次数过多。',
    next: ['通过人脸识别或短信验证码重置密码，重置后自动解除锁定。'],
    actions: () => (
      <>
        <LinkButton url={RESET_URL} primary>
          重置电子社保卡密码
        </LinkButton>
        <HotlineButton />
      </>
    ),
  },
}

/** The problem a card's standing shows: a lost card whose replacement is applied for is `replacing`. */
export const problemOf = (card: { status: 'none' | 'lost' | 'cancelled'; replacementApplied?: boolean }): CardProblemReason =>
  card.status === 'lost' && card.replacementApplied ? 'replacing' : card.status

/** The one view of an e-card that cannot be used: what it means and what to do next, with the way there. */
export function CardProblem({ reason, purpose = 'card' }: { reason: CardProblemReason; purpose?: CardPurpose }) {
  const problem = PROBLEMS[reason]
  const title = typeof problem.title === 'string' ? problem.title : problem.title[purpose]
  return (
    <Result kind="warn" title={title} actions={problem.actions()}>
      {problem.message ? <View className="weui-msg__desc">{problem.message}</View> : null}
      {problem.next.length === 1 ? (
        <View className="weui-msg__desc result-next">下一步：{problem.next[0]}</View>
      ) : (
        <View className="weui-msg__desc result-next">
          <View>下一步：</View>
          {problem.next.map((step, i) => (
            <View key={step} className="result-next__step">{`${i + 1}. ${step}`}</View>
          ))}
        </View>
      )}
    </Result>
  )
}
