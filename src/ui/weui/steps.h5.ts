// WeUI's steps widget (H5), the twin of steps.ts.
import 'weui/dist/style/widget/weui-steps/weui-steps.min.css'
