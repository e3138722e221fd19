/**
 * config/postcssWeuiUsedOnly.js keeps the WeUI rules of the classes the source names, read as text: every
 * WeUI class a page renders (className or hover-class) must be one of them, or its rules are gone from the
 * build. A class name put together at run time (`weui-btn_${kind}`) fails here. And the filter ran: no WeUI class
 * the source never names is left in the built stylesheets.
 */
import assert from 'node:assert/strict'
import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { test } from 'node:test'
import { classesNamedInSource } from '../../config/postcssWeuiUsedOnly.js'
import { HOME, pageUrl, routesOf } from './measure'
import { PLATFORMS, closeAll, go, openApp, outputDir } from './support'

test('every WeUI class the pages render keeps its rules in the mini-program build', async () => {
  const named = classesNamedInSource()
  const rendered = new Set<string>()
  for (const route of await routesOf('weapp')) {
    const { host } = await openApp({ platform: 'weapp' })
    if (route !== HOME) await go(host, pageUrl(route))
    for (const node of host.current.all(() => true))
      for (const name of [...node.className.split(/\s+/), String(node.attributes['hover-class'] ?? '')]) if (name.startsWith('weui-')) rendered.add(name)
    closeAll()
  }
  assert.ok(rendered.has('weui-cell') && rendered.has('weui-cell_active'), 'class names and hover classes read from the pages')
  assert.deepEqual(
    [...rendered].filter((name) => !named.has(name)),
    [],
    'WeUI classes rendered but never written out in the source (their rules are dropped from the build)',
  )
})

// Taro skips a postcss plugin that fails to load without failing the build: the built stylesheets show it ran.
for (const platform of PLATFORMS)
  test(`${platform}: the build's stylesheets hold no WeUI class the source never names`, () => {
    const named = classesNamedInSource()
    const dir = outputDir(platform, 'production')
    const unnamed = new Set<string>()
    for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(wxss|acss)$/.test(f)))
      for (const [, name] of readFileSync(path.join(dir, file), 'utf8').matchAll(/\.(weui-[\w-]+)/g)) if (!named.has(name)) unnamed.add(name)
    assert.deepEqual([...unnamed], [])
  })
