/**
 * Trims WeUI's styles (weui-wxss in mini-programs, weui on H5):
 * - dark-mode and care-mode theme rules: the app never sets data-weui-theme="dark" or
 *   data-weui-mode="care" and does not opt into dark mode (its own tokens in src/ui/theme.css are light;
 *   large-text mode is its care mode), so those rules are dead weight;
 * - the theme variables every widget file repeats: the base file (in the main package's stylesheet)
 *   already defines them for every page, so a widget imported by a sub-package need not ship them again.
 */
const unused = /data-weui-theme=["']?dark|data-weui-mode=["']?care/
const weuiWidget = /weui(-wxss)?[\\/]dist[\\/]style[\\/]widget[\\/]/

const onlyThemeVariables = (rule) => rule.nodes.length > 0 && rule.nodes.every((node) => node.type === 'decl' && node.prop.startsWith('--weui-'))

module.exports = () => ({
  postcssPlugin: 'weui-light-only',
  Rule(rule) {
    if (!rule.selectors) return
    if (weuiWidget.test(rule.source?.input.file ?? '') && onlyThemeVariables(rule)) {
      rule.remove()
      return
    }
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
