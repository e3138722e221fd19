/**
 * 亲情服务 in every capability: whom a page acts for comes from its route (`?for=<relativeId>`), never from a
 * stored global, and it is always on screen — a band names the relative (查看：母亲 杨*兰), and a switcher
 * between 本人 and the relatives opens the same page for another person. Requests spread `useActingFor().input`
 * (its `onBehalfOf`); the gateway refuses anyone not on the resident's list.
 */
import { createContext, useContext, useMemo, useState, type ReactNode } from 'react'
import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useRequest } from '@/gateway/hooks'
import { CANCELLED_GUIDANCE, LOSS_GUIDANCE } from '@/lib/cardGuidance'
import { personLabel } from '@/lib/relation'
import type { PageLink, PageUrl } from '@/lib/routes'
import { pageParam } from '@/platform'
import { CardProblem, type CardProblemReason, type CardPurpose } from '@/ui/CardProblem'
import { Chips } from '@/ui/Chips'
import { HotlineButton, LinkButton } from '@/ui/Links'
import { Result } from '@/ui/Result'
import type { Relative } from './api'
import { RequestView } from './RequestView'
import './ActingFor.css'

export const FAMILY_URL: PageUrl = '/family/index/index'

interface Acting {
  /** The relative acted for (undefined: the resident); `relative` once the list has them. */
  onBehalfOf?: string
  relative?: Relative
  /** What a request spreads into its input. */
  input: { onBehalfOf?: string }
  /** A page's link for the same person. */
  forPerson(url: PageUrl): PageLink
}

const linkFor =
  (onBehalfOf: string | undefined) =>
  (url: PageUrl): PageLink =>
    onBehalfOf ? `${url}?for=${onBehalfOf}` : url

const ActingForContext = createContext<Acting>({ input: {}, forPerson: linkFor(undefined) })

/** Whom the page acts for (the resident outside an ActingFor). */
export const useActingFor = () => useContext(ActingForContext)

/**
 * A page that can act for a relative. With `?for=` it waits for the relatives list, then shows `verb`：母亲 杨*兰
 * above the page; with relatives it offers the switcher (本人 and each relative), which opens `page` for them.
 */
export function ActingFor({ page, verb, children }: { page: PageUrl; verb: string; children: ReactNode }) {
  const [onBehalfOf] = useState(() => pageParam('for'))
  const family = useRequest('familyList', {})
  const relatives = family.data?.relatives ?? []
  const relative = relatives.find((r) => r.relativeId === onBehalfOf)
  const acting = useMemo(() => ({ onBehalfOf, relative, input: onBehalfOf ? { onBehalfOf } : {}, forPerson: linkFor(onBehalfOf) }), [onBehalfOf, relative])
  const options = [{ value: undefined, label: '本人' }, ...relatives.map((r) => ({ value: r.relativeId, label: personLabel(r) }))]
  const content = (
    <ActingForContext.Provider value={acting}>
      {onBehalfOf ? <View className="acting-for">{`${verb}：${relative ? personLabel(relative) : '未添加的亲属'}`}</View> : null}
      {relatives.length ? (
        <View className="acting-for__switch">
          <Chips<string | undefined>
            scroll
            label="为谁办理"
            options={options}
            value={onBehalfOf}
            onChange={(next) => void Taro.redirectTo({ url: linkFor(next)(page) }).catch(() => undefined)}
          />
        </View>
      ) : null}
      {children}
    </ActingForContext.Provider>
  )
  // Acting for someone: nothing of theirs shows before their name does.
  return onBehalfOf ? (
    <RequestView state={family} onRetry={family.reload} loadingLabel="正在读取亲属">
      {() => content}
    </RequestView>
  ) : (
    content
  )
}

type RelativeReason = Exclude<CardProblemReason, 'unbound'>

/** What a relative's card cannot do, and what the relative must do themselves. */
const RELATIVE_PROBLEMS: Record<RelativeReason, (who: string) => { title: string; next: string }> = {
  none: (who) => ({ title: `${who}还没有领取电子社保卡`, next: `请${who}本人先申领电子社保卡。` }),
  lost: (who) => ({ title: `${who}的社保卡已挂失，暂不能代办`, next: LOSS_GUIDANCE.lift }),
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
