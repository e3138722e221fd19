/**
 * Webpack loader for Taro's React runtime (@tarojs/plugin-framework-react/dist/runtime.js), H5 only: a page is
 * mounted in a React transition. Taro mounts each page with a plain forceUpdate, which React 18 renders in one
 * task however large the page; in a transition React yields to the browser every few milliseconds, so opening a
 * page never blocks input for long (Lighthouse's total blocking time). The page's first frame is already painted
 * from its HTML (scripts/routeShells.mjs), so nothing waits on it.
 */
const MOUNT = /(this\.pages\.push\(page\);\s*)this\.forceUpdate\(\(\.\.\.args\) => \{([^}]*)\}\);/

module.exports = function pageMountTransition(source) {
  if (!MOUNT.test(source)) throw new Error("pageMountTransition: Taro's AppWrapper.mount no longer reads as expected")
  return source.replace(MOUNT, '$1react.startTransition(() => this.forceUpdate((...args) => {$2}));')
}
