// WeUI's msg widget (H5), the twin of msg.ts.
import 'weui/dist/style/widget/weui-page/weui-msg.min.css'
