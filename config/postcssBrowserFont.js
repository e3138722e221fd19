/**
 * WeUI's font sizes on H5 follow the browser's font setting (issue 23). The app's own sizes are rem (Taro's
 * pxtransform) on a root written as a share of the browser's default font size, so a resident's larger browser
 * font scales them; Taro's H5 postcss skips node_modules, which left WeUI's text (a cell's 17 px) in fixed px.
 * Each px font size becomes `calc(<size> * var(--browser-font-scale, 1))`, the browser's default font size over
 * its standard 16 px, which src/index.html sets on the root: at the standard size nothing moves.
 */
module.exports = () => ({
  postcssPlugin: 'browser-font',
  Declaration: {
    'font-size'(decl) {
      if (/\dpx\b/.test(decl.value) && !decl.value.includes('--browser-font-scale')) decl.value = `calc(${decl.value} * var(--browser-font-scale, 1))`
    },
  },
})
module.exports.postcss = true
