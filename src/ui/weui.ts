// WeUI for the mini-programs (weui-wxss): the widgets the main package uses. Widgets only sub-packages use (msg,
// loadmore) are imported by their components through ui/weui/, so they ship with those packages. Each widget file
// repeats the theme variables: config/postcssWeuiLightOnly.js drops the repeats (base.wxss defines them for
// every page) and the dark and care-mode rules.
import 'weui-wxss/dist/style/base/base.wxss'
import 'weui-wxss/dist/style/widget/weui-button/weui-button.wxss'
import 'weui-wxss/dist/style/widget/weui-cell/weui-cell.wxss'
import 'weui-wxss/dist/style/widget/weui-cell/weui-access.wxss'
import 'weui-wxss/dist/style/widget/weui-cell/weui-cell-form.wxss'
import 'weui-wxss/dist/style/widget/weui-grid/weui-grid.wxss'
import 'weui-wxss/dist/style/widget/weui-loading/weui-loading.wxss'
import 'weui-wxss/dist/style/widget/weui-searchbar/weui-searchbar.wxss'
