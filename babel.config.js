// babel-preset-taro: https://docs.taro.zone/docs/next/babel-config
// The mini-programs run on the phone's own engine, never an old browser: current WeChat and Alipay need iOS 10 or later
// (JavaScriptCore with all of ES2015) and run on V8 on Android, so ES2015 syntax ships as written (22 KB less in the
// main package). async functions stay compiled (Safari has them from 11; WeChat asks for a transform for
// async/await).
// H5 runs only where custom elements (v1) do: Taro's components are Stencil custom elements, and without them an
// input has no <input> inside. Its scripts are compiled for exactly those browsers, not for package.json's
// browserslist (iOS 8, Android 4.1), which stays for the CSS prefixes: no generator runtime, native classes
// (4 KB gzip less in the first scripts).
const miniProgram = process.env.TARO_ENV === 'weapp' || process.env.TARO_ENV === 'alipay'
const CUSTOM_ELEMENTS_BROWSERS = { chrome: '54', safari: '10.1', ios: '10.3', firefox: '63' }

module.exports = {
  presets: [['taro', { framework: 'react', ts: true, compiler: 'webpack5', targets: miniProgram ? { ios: '10', chrome: '53' } : CUSTOM_ELEMENTS_BROWSERS }]],
}
