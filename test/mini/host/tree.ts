/**
 * The rendered tree of a page: its setData'd `root` decoded with the build's templates, as the native
 * layer would render it. A node whose template is missing from the build is an error (on a phone it
 * renders nothing).
 */
import type { Template, Templates } from './templates'

export interface NodeData {
  nn?: string
  sid?: string
  uid?: string
  cl?: string
  st?: string
  v?: string
  cn?: NodeData[]
  [key: string]: unknown
}

export interface MiniNode {
  /** Element name (view, text, button, input, canvas…), '#text' for text. */
  tag: string
  sid: string
  /** The element id the native layer sees: uid || sid. */
  id: string
  className: string
  style: string
  /** Attribute name → value, with the template's defaults (disabled, value, placeholder, type…). */
  attributes: Record<string, unknown>
  /** Text of a text node. */
  text?: string
  children: MiniNode[]
  parent?: MiniNode
  template: Template
}

export class RenderError extends Error {}

export function decodeTree(root: NodeData | undefined, templates: Templates): MiniNode {
  const page: MiniNode = {
    tag: 'page',
    sid: '',
    id: '',
    className: '',
    style: '',
    attributes: {},
    children: [],
    template: { name: 'page', tag: 'page', attributes: {}, events: {} },
  }
  const { helpers, platform } = templates
  const visit = (items: NodeData[] | undefined, parent: MiniNode, level: number, chain: string) => {
    for (const item of items ?? []) {
      const nn = String(item.nn)
      let name = platform === 'weapp' ? helpers.a(level, nn, chain) : helpers.a(0, nn)
      let childLevel = level + 1
      let childChain = platform === 'weapp' ? helpers.f(chain, nn) : ''
      if (name === templates.containerName) {
        // The recursive component renders the node from level 0 again.
        name = `tmpl_0_${nn}`
        childLevel = 1
        childChain = helpers.f('', nn)
      }
      let template = templates.byName.get(name)
      if (template?.variantPrefix) template = templates.byName.get(helpers.c(item, template.variantPrefix))
      if (!template) throw new RenderError(`no template ${name} in the build for node ${JSON.stringify({ ...item, cn: undefined })}`)
      parent.children.push(decodeNode(item, template, parent, (node) => visit(item.cn, node, childLevel, childChain)))
    }
  }
  visit(root?.cn, page, 0, '')
  return page
}

function decodeNode(item: NodeData, template: Template, parent: MiniNode, visitChildren: (node: MiniNode) => void): MiniNode {
  const attributes: Record<string, unknown> = {}
  for (const [attribute, { key, fallback, orFallback }] of Object.entries(template.attributes)) {
    const value = item[key]
    attributes[attribute] = value === undefined || (orFallback && !value) ? fallback : value
  }
  const sid = String(item.sid ?? '')
  const node: MiniNode = {
    tag: template.tag,
    sid,
    id: String(item.uid || sid),
    className: String(item.cl ?? ''),
    style: String(item.st ?? ''),
    attributes,
    text: template.tag === '#text' ? String(item.v ?? '') : undefined,
    children: [],
    parent,
    template,
  }
  visitChildren(node)
  return node
}

/** Every node below `node`, depth first, in document order. */
export function* descendants(node: MiniNode): Generator<MiniNode> {
  for (const child of node.children) {
    yield child
    yield* descendants(child)
  }
}

/** Visible text below a node, as one string (text nodes joined). */
export function textOf(node: MiniNode): string {
  if (node.text !== undefined) return node.text
  return node.children.map(textOf).join('')
}

/** The node and its ancestors, innermost first (the page itself excluded). */
export function ancestry(node: MiniNode): MiniNode[] {
  const chain: MiniNode[] = []
  for (let current: MiniNode | undefined = node; current && current.tag !== 'page'; current = current.parent) chain.push(current)
  return chain
}

/** A short outline of the tree for failure messages: tags, classes and texts. */
export function outline(node: MiniNode, depth = 0, lines: string[] = []): string {
  for (const child of node.children) {
    if (child.text !== undefined) {
      if (child.text.trim()) lines.push(`${'  '.repeat(depth)}"${child.text}"`)
      continue
    }
    const events = Object.keys(child.template.events)
      .filter((e) => e === 'tap' || e === 'input')
      .join(',')
    lines.push(
      `${'  '.repeat(depth)}<${child.tag}${child.className ? ` .${child.className.split(/\s+/).join('.')}` : ''}${child.id && child.id !== child.sid ? ` #${child.id}` : ''}${events ? ` [${events}]` : ''}>`,
    )
    outline(child, depth + 1, lines)
  }
  return lines.join('\n')
}
