// WeUI for the mini-programs (weui-wxss), only the widgets the app uses. Each widget file repeats the
// theme variables; the production CSS minimizer merges the repeats, so they ship once.
import 'weui-wxss/dist/style/base/base.wxss'
import 'weui-wxss/dist/style/widget/weui-button/weui-button.wxss'
import 'weui-wxss/dist/style/widget/weui-cell/weui-cell.wxss'
import 'weui-wxss/dist/style/widget/weui-cell/weui-access.wxss'
import 'weui-wxss/dist/style/widget/weui-cell/weui-cell-form.wxss'
import 'weui-wxss/dist/style/widget/weui-grid/weui-grid.wxss'
import 'weui-wxss/dist/style/widget/weui-loading/weui-loading.wxss'
import 'weui-wxss/dist/style/widget/weui-searchbar/weui-searchbar.wxss'
