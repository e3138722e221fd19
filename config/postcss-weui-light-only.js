/**
 * WeUI's styles carry dark-mode and care-mode theme variables. The mini-programs never set
 * data-weui-theme="dark" or data-weui-mode="care" and do not opt into dark mode, so those rules are
 * dead weight in the main package (about 10 KB): drop them.
 */
const unused = /data-weui-theme=["']?dark|data-weui-mode=["']?care/

module.exports = () => ({
  postcssPlugin: 'weui-light-only',
  Rule(rule) {
    if (!rule.selectors) return
    const kept = rule.selectors.filter((selector) => !unused.test(selector))
    if (kept.length === 0) rule.remove()
    else if (kept.length < rule.selectors.length) rule.selectors = kept
  },
  AtRule: {
    media(atRule) {
      if (/prefers-color-scheme:\s*dark/.test(atRule.params)) atRule.remove()
    },
  },
})
module.exports.postcss = true
