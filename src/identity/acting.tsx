/**
 * 亲情服务 in every capability: whom a page acts for (ActingFor, from the route's `?for=`), as the page's requests
 * and links need it — `useActingFor().input` is spread into each request (its `onBehalfOf`; the gateway refuses
 * anyone not on the resident's list) — and a relative's card problem explained with what the relative must do.
 * Apart from ActingFor, so that CardGate's other pages do not carry the switcher.
 */
import { createContext, useContext } from 'react'
import { View } from '@tarojs/components'
import { CANCELLED_GUIDANCE, LOSS_GUIDANCE } from '@/lib/cardGuidance'
import { personLabel } from '@/lib/relation'
import type { PageLink, PageUrl } from '@/lib/routes'
import { CardProblem, type CardProblemReason, type CardPurpose } from '@/ui/CardProblem'
import { HotlineButton, LinkButton } from '@/ui/Links'
import { Result } from '@/ui/Result'
import type { Relative } from './api'

export const FAMILY_URL: PageUrl = '/family/index/index'

export interface Acting {
  /** The relative acted for (undefined: the resident); `relative` once the list has them. */
  onBehalfOf?: string
  relative?: Relative
  /** What a request spreads into its input. */
  input: { onBehalfOf?: string }
  /** A page's link for the same person. */
  forPerson(url: PageUrl): PageLink
}

export const linkFor =
  (onBehalfOf: string | undefined) =>
  (url: PageUrl): PageLink =>
    onBehalfOf ? `${url}?for=${onBehalfOf}` : url

export const ActingForContext = createContext<Acting>({ input: {}, forPerson: linkFor(undefined) })

/** Whom the page acts for (the resident outside an ActingFor). */
export const useActingFor = () => useContext(ActingForContext)

type RelativeReason = Exclude<CardProblemReason, 'unbound'>

/** What a relative's card cannot do, and what the relative must do themselves. */
const RELATIVE_PROBLEMS: Record<RelativeReason, (who: string) => { title: string; next: string }> = {
  none: (who) => ({ title: `${who}还没有领取电子社保卡`, next: `请${who}本人先申领电子社保卡。` }),
  lost: (who) => ({ title: `${who}的社保卡已挂失，暂不能代办`, next: LOSS_GUIDANCE.lift }),
  replacing: (who) => ({ title: `${who}的社保卡已挂失，新卡补办中，暂不能代办`, next: `${who}领到新卡后，电子社保卡自动关联新卡，即可继续代办。` }),
  cancelled: (who) => ({ title: `${who}的社保卡已注销，不能代办`, next: `需${who}本人办理：${CANCELLED_GUIDANCE}` }),
  'password-locked': (who) => ({
    title: `${who}的电子社保卡密码已锁定，暂不能代办`,
    next: `请${who}本人在自己的手机上通过人脸识别或短信验证码重置密码，重置后即可继续代办。`,
  }),
}

/** A card that cannot be used, explained for whom the page acts: the resident's own (CardProblem) or a relative's. */
export function CardProblemFor({ reason, purpose }: { reason: CardProblemReason; purpose?: CardPurpose }) {
  const { onBehalfOf, relative } = useActingFor()
  if (!onBehalfOf || reason === 'unbound') return <CardProblem reason={reason} purpose={purpose} />
  const { title, next } = RELATIVE_PROBLEMS[reason](relative ? personLabel(relative) : '亲属')
  return (
    <Result
      kind="warn"
      title={title}
      actions={
        <>
          <LinkButton url={FAMILY_URL}>亲情服务</LinkButton>
          <HotlineButton />
        </>
      }
    >
      <View className="weui-msg__desc result-next">下一步：{next}</View>
    </Result>
  )
}
