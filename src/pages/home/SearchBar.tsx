import { Input, View } from '@tarojs/components'
import { focusable } from '@/ui/focusable'

/** WeUI search bar over the city's services. */
export function SearchBar({ value, onValue }: { value: string; onValue(value: string): void }) {
  return (
    <View className="weui-search-bar weui-search-bar_focusing service-search" role="search">
      <View className="weui-search-bar__form">
        <View className="weui-search-bar__box">
          <View className="weui-icon-search" aria-hidden />
          <Input
            className="weui-search-bar__input"
            type="text"
            confirmType="search"
            placeholder="搜索，如 挂失、医保"
            ariaLabel="搜索服务"
            value={value}
            onInput={(e) => onValue(e.detail.value)}
          />
          {value ? (
            <View className="weui-icon-clear service-search__clear" role="button" {...focusable} ariaLabel="清除搜索" onClick={() => onValue('')} />
          ) : null}
        </View>
      </View>
    </View>
  )
}
