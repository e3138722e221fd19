// Stands in for Taro's H5 navigation bar (@tarojs/router's navigationBar.js) in the H5 build: see config/index.ts.
export function initNavigationBar() {}
