import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { ResponseOf } from '@/gateway/contract'
import { formatDate } from '@/lib/format'
import { focusable } from '@/ui/focusable'

type Notice = ResponseOf<'notices'>[number]

/** 通知公告: titles with dates; a tap opens the text in place. */
export function Notices({ notices }: { notices: Notice[] }) {
  const [openId, setOpenId] = useState<string | null>(null)
  if (!notices.length) return null
  return (
    <View className="notices">
      <View className="weui-cells__title">通知公告</View>
      <View className="weui-cells">
        {notices.map((notice) => {
          const open = notice.id === openId
          return (
            <View
              key={notice.id}
              className="weui-cell notice"
              role="button"
              {...focusable}
              aria-expanded={open}
              onClick={() => setOpenId(open ? null : notice.id)}
            >
              <View className="weui-cell__bd">
                <View className="notice__title">{notice.title}</View>
                <Text className="notice__date">{formatDate(notice.date)}</Text>
                {open ? <View className="notice__body">{notice.body}</View> : null}
              </View>
            </View>
          )
        })}
      </View>
    </View>
  )
}
