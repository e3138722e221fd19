// WeUI's loadmore widget (mini-programs), imported by the components that use it so it ships in their packages.
import 'weui-wxss/dist/style/widget/weui-tips/weui-loadmore.wxss'
