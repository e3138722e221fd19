// Stands in for Taro's HTML parser (@tarojs/runtime's inner-html/html.js) in the mini-program builds: see config/index.ts.
export function setInnerHTML() {
  throw new Error('innerHTML is turned off in the mini-programs (mini.runtime.enableInnerHTML in config/index.ts)')
}
