/**
 * The build's own templates, read from base.wxml / base.axml and utils.wxs / utils.sjs: which template
 * renders a node (`nn` is an alias number of the build), its element, its props (renamed p0…pN per
 * template) and the events it binds to `eh`. Nothing here is hard-coded per build: a rebuild that moves
 * the aliases is read afresh.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import vm from 'node:vm'

export type Platform = 'weapp' | 'alipay'

export interface PropBinding {
  /** The node data key the attribute reads (p3, cl, st, uid, sid, v, focus). */
  key: string
  /** The template's default when the key is absent (`xs.b(i.p3,!1)`), or falsy with `orFallback` (`i.p1||'none'`). */
  fallback?: unknown
  orFallback?: boolean
}

export interface Template {
  name: string
  /** Element name, '#text' for the text template, '' for a template that only picks another. */
  tag: string
  attributes: Record<string, PropBinding>
  /** Native event name (WeChat: tap, longpress; Alipay: tap, longTap) → how the template binds it to eh. */
  events: Record<string, 'bind' | 'catch'>
  /** `xs.c(i, 'tmpl_0_')`: the template picks a focus/blur variant by the node's `focus`. */
  variantPrefix?: string
}

interface TemplateHelpers {
  /** Template name for a node at a depth (WeChat) or level 0 (Alipay). */
  a(level: number, nn: string, chain?: string): string
  c(node: unknown, prefix: string): string
  f(chain: string, nn: string): string
}

export interface Templates {
  platform: Platform
  byName: Map<string, Template>
  helpers: TemplateHelpers
  /** Name of the template that hands deep trees to the recursive component (WeChat), if any. */
  containerName?: string
}

const EXTENSIONS = { weapp: { markup: 'base.wxml', script: 'utils.wxs' }, alipay: { markup: 'base.axml', script: 'utils.sjs' } }

function literal(source: string | undefined): unknown {
  if (source === undefined) return undefined
  const text = source.trim()
  if (text === '!1' || text === 'false') return false
  if (text === '!0' || text === 'true') return true
  if (/^-?\d+(\.\d+)?$/.test(text)) return Number(text)
  if (/^'.*'$/.test(text)) return text.slice(1, -1)
  try {
    return JSON.parse(text)
  } catch {
    return text
  }
}

/** `{{i.p3}}`, `{{xs.b(i.p3,!1)}}`, `{{i.p1||'none'}}`, `{{xs.d(i.p24)}}`, `{{i.uid||i.sid}}`. */
function binding(value: string): PropBinding | undefined {
  const expression = /^\{\{(.*)\}\}$/s.exec(value.trim())?.[1]
  if (!expression) return undefined
  const withDefault = /^xs\.b\(i\.(\w+),(.*)\)$/.exec(expression)
  if (withDefault) return { key: withDefault[1], fallback: literal(withDefault[2]) }
  const orDefault = /^i\.(\w+)\|\|(.*)$/.exec(expression)
  if (orDefault) return orDefault[2].startsWith('i.') ? { key: orDefault[1] } : { key: orDefault[1], fallback: literal(orDefault[2]), orFallback: true }
  const plain = /i\.(\w+)/.exec(expression)
  return plain ? { key: plain[1] } : undefined
}

/** Attributes of the first start tag of `markup` (values may hold quotes of the other kind and `>`). */
function firstElement(markup: string): { tag: string; attributes: [string, string][] } | undefined {
  const start = /<([a-zA-Z][\w-]*)/g
  let match: RegExpExecArray | null
  while ((match = start.exec(markup))) {
    if (match[1] === 'template' || match[1] === 'block') continue
    const attributes: [string, string][] = []
    const attribute = /\s*([^\s=>/]+)(?:="([^"]*)")?|\s*(\/?>)/gy
    attribute.lastIndex = start.lastIndex
    let part: RegExpExecArray | null
    while ((part = attribute.exec(markup)) && !part[3]) attributes.push([part[1], part[2] ?? ''])
    return { tag: match[1], attributes }
  }
  return undefined
}

function eventOf(platform: Platform, attribute: string): [string, 'bind' | 'catch'] | undefined {
  if (platform === 'weapp') {
    const m = /^(bind|catch|capture-bind|capture-catch|mut-bind):?(.+)$/.exec(attribute)
    if (!m) return undefined
    return [m[2], m[1].includes('catch') ? 'catch' : 'bind']
  }
  const m = /^(on|catch)([A-Z].*)$/.exec(attribute)
  if (!m) return undefined
  return [m[2][0].toLowerCase() + m[2].slice(1), m[1] === 'catch' ? 'catch' : 'bind']
}

function parseTemplate(platform: Platform, name: string, body: string): Template {
  const variant = /<template is="\{\{xs\.c\(i, '([^']+)'\)\}\}"/.exec(body)
  if (variant && !firstElement(body)) return { name, tag: '', attributes: {}, events: {}, variantPrefix: variant[1] }
  if (/^\s*<block>\{\{i\.v\}\}<\/block>\s*$/.test(body)) return { name, tag: '#text', attributes: { v: { key: 'v' } }, events: {} }
  const element = firstElement(body)
  const template: Template = { name, tag: element?.tag ?? '', attributes: {}, events: {} }
  for (const [attribute, value] of element?.attributes ?? []) {
    const event = value === 'eh' ? eventOf(platform, attribute) : undefined
    if (event) template.events[event[0]] = event[1]
    else {
      const bound = binding(value)
      if (bound) template.attributes[attribute] = bound
    }
  }
  return template
}

function loadHelpers(source: string): TemplateHelpers {
  const module = { exports: {} as TemplateHelpers }
  vm.runInNewContext(source.replace(/^\s*export default\s*/m, 'module.exports = '), { module })
  return module.exports
}

export function readTemplates(outputDir: string, platform: Platform): Templates {
  const files = EXTENSIONS[platform]
  const markup = readFileSync(path.join(outputDir, files.markup), 'utf8')
  const byName = new Map<string, Template>()
  for (const [, name, body] of markup.matchAll(/<template name="([^"]+)">([\s\S]*?)<\/template>/g)) byName.set(name, parseTemplate(platform, name, body))
  const containerName = [...byName.keys()].find((name) => name.endsWith('_container'))
  return { platform, byName, helpers: loadHelpers(readFileSync(path.join(outputDir, files.script), 'utf8')), containerName }
}
