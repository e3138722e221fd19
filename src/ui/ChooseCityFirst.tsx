import { Button } from './Button'
import Taro from '@tarojs/taro'
import { EmptyView } from './states'

/** A city page opened before any city was chosen: the way to the home tab's city picker. */
export function ChooseCityFirst() {
  return (
    <EmptyView title="请先选择城市">
      <Button className="weui-btn weui-btn_primary state-view__action" onClick={() => void Taro.switchTab({ url: '/pages/home/index' })}>
        去首页选择城市
      </Button>
    </EmptyView>
  )
}
