import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import { Button } from '@/ui/Button'
import { EmptyView } from '@/ui/states'
import type { PagedListState } from '@/gateway/pagedRequest'
import { ListSkeleton, RecordsError } from './RecordsView'
import '@/ui/weui/loadmore'

/**
 * A paged list from usePagedRequest: skeleton, error or empty state for the first page; the rows; and a
 * footer that loads the next page (scrolling to the bottom does the same), shows its error with 重试,
 * and marks the end of the list.
 */
export function PagedList<T extends { id: string }>({
  list,
  empty,
  label,
  renderItem,
}: {
  list: PagedListState<T> & { loadMore(): void; retry(): void }
  empty: string
  /** What the list is, for screen readers (e.g. 缴费记录). */
  label: string
  renderItem(item: T): ReactNode
}) {
  if (list.phase === 'loading') return <ListSkeleton rows={6} label={`正在加载${label}`} />
  if (list.phase === 'error' && list.error) return <RecordsError error={list.error} onRetry={list.retry} />
  if (!list.items.length) return <EmptyView title={empty} />
  return (
    <View>
      <View className="weui-cells records-list" role="list" ariaLabel={`${label}，共 ${list.total} 条`}>
        {list.items.map((item) => (
          <View key={item.id} role="listitem">
            {renderItem(item)}
          </View>
        ))}
      </View>
      <View className="weui-loadmore list-footer" aria-live="polite">
        {list.more === 'loading' ? (
          <View role="status" ariaLabel="正在加载更多">
            <View className="weui-loading" />
            <Text className="weui-loadmore__tips">正在加载…</Text>
          </View>
        ) : list.more === 'error' && list.moreError ? (
          <View role="alert">
            <View className="error-text">{list.moreError.message}</View>
            <Button className="weui-btn weui-btn_default weui-btn_mini" onClick={list.retry}>
              重试
            </Button>
          </View>
        ) : list.hasMore ? (
          <View>
            <View className="hint">{`已显示 ${list.items.length} / ${list.total} 条`}</View>
            <Button className="weui-btn weui-btn_default weui-btn_mini" ariaLabel={`加载更多${label}`} onClick={list.loadMore}>
              加载更多
            </Button>
          </View>
        ) : (
          <View className="weui-loadmore_line list-footer__end">
            <Text className="weui-loadmore__tips">没有更多了</Text>
          </View>
        )}
      </View>
    </View>
  )
}
