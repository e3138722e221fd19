/**
 * 亲情服务 in every capability: whom a page acts for comes from its route (`?for=<relativeId>`), never from a
 * stored global, and it is always on screen — a band names the relative (查看：母亲 杨*兰), and a switcher
 * between 本人 and the relatives opens the same page for another person.
 */
import { useMemo, useState, type ReactNode } from 'react'
import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useRequest } from '@/gateway/hooks'
import { personLabel } from '@/lib/relation'
import type { PageUrl } from '@/lib/routes'
import { pageParam } from '@/platform'
import { Chips } from '@/ui/Chips'
import { ActingForContext, linkFor } from './acting'
import { RequestView } from './RequestView'
import './ActingFor.css'

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
