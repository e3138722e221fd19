// Taro's H5 entry would define the pull-down element for every page at start (config/index.ts leaves that out of the
// first scripts): the pages that enable pull-down refresh define it when their chunk loads, before they render.
import { defineCustomElement } from '@tarojs/components/dist/components/taro-pull-to-refresh-core'

defineCustomElement()
