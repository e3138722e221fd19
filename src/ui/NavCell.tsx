import { View } from '@tarojs/components'
import type { PageLink } from '@/lib/routes'
import Taro from '@tarojs/taro'
import { focusable } from '@/ui/focusable'

/** A WeUI access cell that navigates to an app path; its title stays whole (theme.css .title-cell). */
export function NavCell({ title, url, note }: { title: string; url: PageLink; note?: string }) {
  return (
    <View
      className="weui-cell weui-cell_access title-cell"
      role="link"
      {...focusable}
      ariaLabel={note ? `${title}，${note}` : title}
      hoverClass="weui-cell_active"
      onClick={() => void Taro.navigateTo({ url })}
    >
      <View className="weui-cell__bd title-cell__title">{title}</View>
      <View className="weui-cell__ft weui-cell__ft_in-access">{note}</View>
    </View>
  )
}
