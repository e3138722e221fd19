// WeUI for H5 (the web package), only the widgets the app uses. Mirrors weui.ts.
import 'weui/dist/style/base/base.min.css'
import 'weui/dist/style/widget/weui-button/weui-button.min.css'
import 'weui/dist/style/widget/weui-cell/weui-cell.min.css'
import 'weui/dist/style/widget/weui-cell/weui-cell-form.min.css'
import 'weui/dist/style/widget/weui-grid/weui-grid.min.css'
import 'weui/dist/style/widget/weui-loading/weui-loading.min.css'
import 'weui/dist/style/widget/weui-searchbar/weui-searchbar.min.css'
import './weuiAccess.css'
