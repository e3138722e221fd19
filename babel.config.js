// babel-preset-taro: https://docs.taro.zone/docs/next/babel-config
// The mini-programs run on the phone's own engine, never an old browser: current WeChat and Alipay need iOS 10 or later
// (JavaScriptCore with all of ES2015) and run on V8 on Android, so ES2015 syntax ships as written (22 KB less in the
// main package). async functions stay compiled (Safari has them from 11; WeChat asks for a transform for
// async/await). H5 keeps package.json's browserslist.
const miniProgram = process.env.TARO_ENV === 'weapp' || process.env.TARO_ENV === 'alipay'

module.exports = {
  presets: [['taro', { framework: 'react', ts: true, compiler: 'webpack5', ...(miniProgram ? { targets: { ios: '10', chrome: '53' } } : {}) }]],
}
