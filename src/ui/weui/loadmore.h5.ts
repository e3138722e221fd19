// WeUI's loadmore widget (H5), the twin of loadmore.ts.
import 'weui/dist/style/widget/weui-tips/weui-loadmore.min.css'
