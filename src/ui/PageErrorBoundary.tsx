import { Text, View } from '@tarojs/components'
import { Button } from './Button'
import { Component, type ReactNode } from 'react'
import { HOTLINE } from '@/lib/hotline'
import { HotlineButton } from './Links'

/**
 * Around every page (in <Screen>): a page that throws while rendering shows a friendly view with 重试
 * (render the page again) and the 12333 hotline, never a blank screen. Nothing of the error is shown
 * or logged (it may hold personal data).
 */
export class PageErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  state = { failed: false }

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true }
  }

  render() {
    if (!this.state.failed) return this.props.children
    return (
      <View className="state-view" role="alert">
        <Text className="state-view__title">页面出错了</Text>
        <Text className="state-view__text">请点“重试”。如仍无法使用，请拨打 {HOTLINE} 人社服务热线。</Text>
        <Button className="weui-btn weui-btn_primary state-view__action" onClick={() => this.setState({ failed: false })}>
          重试
        </Button>
        <HotlineButton className="state-view__action" />
      </View>
    )
  }
}
