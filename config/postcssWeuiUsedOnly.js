/**
 * Mini-programs: keeps only the WeUI (weui-wxss) selectors whose WeUI classes the app's source names somewhere
 * (src/, any package), so app.wxss and the widget imports carry no rules for WeUI classes no page ever sets.
 * A selector naming any WeUI class the source never mentions cannot match and is dropped; a rule with no selector
 * left goes too. The source is scanned as text, so class names must be written out in full (no `weui-btn_${kind}`):
 * test/mini/weui.test.ts checks that every WeUI class the pages render is one the source names.
 */
const { readdirSync, readFileSync } = require('node:fs')
const path = require('node:path')

const srcDir = path.resolve(__dirname, '..', 'src')
const weuiFile = /weui-wxss[\\/]dist[\\/]style[\\/]/
const weuiClass = /\.(weui-[\w-]+)/g

function classesNamedInSource() {
  const named = new Set()
  for (const entry of readdirSync(srcDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/\.(tsx?|css)$/.test(entry.name)) continue
    for (const [name] of readFileSync(path.join(entry.parentPath, entry.name), 'utf8').matchAll(/weui-[\w-]+/g)) named.add(name)
  }
  return named
}

module.exports = () => {
  const named = classesNamedInSource()
  const canMatch = (selector) => [...selector.matchAll(weuiClass)].every(([, name]) => named.has(name))
  return {
    postcssPlugin: 'weui-used-only',
    Rule(rule) {
      if (!rule.selectors || !weuiFile.test(rule.source?.input.file ?? '')) return
      const kept = rule.selectors.filter(canMatch)
      if (kept.length === 0) rule.remove()
      else if (kept.length < rule.selectors.length) rule.selectors = kept
    },
  }
}
module.exports.postcss = true
module.exports.classesNamedInSource = classesNamedInSource
