// Well-formedness of mini-program markup (AXML, WXML). Like XML, every tag is closed or self-closed
// (there are no void elements); `{{ }}` expressions may hold quotes, `<` and `>` in text and attributes.

const NAME = /[A-Za-z_][\w:.-]*/y
const ATTRIBUTE_NAME = /[^\s"'<>/=]+/y

/** Problems as 'line:col: message'; an empty list means the markup is well-formed. */
export function markupProblems(source) {
  const problems = []
  const report = (at, message) => problems.push(`${position(source, at)}: ${message}`)
  const open = []
  let i = 0
  while (i < source.length) {
    if (source.startsWith('<!--', i)) {
      const end = source.indexOf('-->', i + 4)
      if (end < 0) return [...problems, `${position(source, i)}: unterminated comment`]
      i = end + 3
    } else if (source.startsWith('{{', i)) {
      const end = expressionEnd(source, i)
      if (end < 0) return [...problems, `${position(source, i)}: unterminated {{ expression`]
      i = end
    } else if (source[i] === '<') {
      const tag = readTag(source, i)
      if (tag.error) return [...problems, `${position(source, tag.at)}: ${tag.error}`]
      if (tag.closing) {
        const index = open.findLastIndex((t) => t.name === tag.name)
        if (index < 0) report(tag.at, `</${tag.name}> has no matching open tag`)
        for (const unclosed of index < 0 ? [] : open.splice(index).slice(1)) {
          report(unclosed.at, `<${unclosed.name}> is never closed (</${tag.name}> at ${position(source, tag.at)} closes its parent)`)
        }
      } else if (!tag.selfClosing) {
        open.push(tag)
      }
      i = tag.end
    } else {
      i++
    }
  }
  for (const tag of open) report(tag.at, `<${tag.name}> is never closed`)
  return problems
}

/** The tag starting at `start` ('<'): name, kind and the index after it, or an error. */
function readTag(source, start) {
  const closing = source[start + 1] === '/'
  const name = match(NAME, source, start + (closing ? 2 : 1))
  if (!name) return { error: `'<' does not start a tag`, at: start }
  let i = start + (closing ? 2 : 1) + name.length
  for (;;) {
    i = skipSpace(source, i)
    if (i >= source.length) return { error: `<${name}> is not terminated`, at: start }
    if (source[i] === '>') return { name, closing, selfClosing: false, at: start, end: i + 1 }
    if (source.startsWith('/>', i) && !closing) return { name, closing, selfClosing: true, at: start, end: i + 2 }
    const attribute = closing ? null : match(ATTRIBUTE_NAME, source, i)
    if (!attribute) return { error: `unexpected '${source[i]}' in <${closing ? '/' : ''}${name}>`, at: i }
    i = skipSpace(source, i + attribute.length)
    if (source[i] !== '=') continue
    i = skipSpace(source, i + 1)
    const end = valueEnd(source, i)
    if (end < 0) return { error: `value of ${attribute} in <${name}> is not terminated`, at: i }
    i = end
  }
}

/** Index after an attribute value starting at `start`: quoted, or unquoted up to space or '>'. */
function valueEnd(source, start) {
  const quote = source[start] === '"' || source[start] === "'" ? source[start] : null
  let i = quote ? start + 1 : start
  while (i < source.length) {
    if (source.startsWith('{{', i)) {
      i = expressionEnd(source, i)
      if (i < 0) return -1
    } else if (quote ? source[i] === quote : /[\s>]/.test(source[i]) || source.startsWith('/>', i)) {
      return quote ? i + 1 : i
    } else {
      i++
    }
  }
  return quote ? -1 : i
}

/** Index after the `}}` closing the expression opened at `start`; braces and string literals inside nest. */
function expressionEnd(source, start) {
  let depth = 0
  let i = start + 2
  while (i < source.length) {
    const c = source[i]
    if (c === '"' || c === "'" || c === '`') {
      i = stringEnd(source, i)
      if (i < 0) return -1
    } else if (c === '{') {
      depth++
      i++
    } else if (c === '}') {
      if (depth === 0 && source[i + 1] === '}') return i + 2
      depth = Math.max(0, depth - 1)
      i++
    } else {
      i++
    }
  }
  return -1
}

function stringEnd(source, start) {
  for (let i = start + 1; i < source.length; i++) {
    if (source[i] === '\\') i++
    else if (source[i] === source[start]) return i + 1
  }
  return -1
}

function match(regex, source, at) {
  regex.lastIndex = at
  return regex.exec(source)?.[0] ?? null
}

function skipSpace(source, i) {
  while (i < source.length && /\s/.test(source[i])) i++
  return i
}

function position(source, at) {
  const before = source.slice(0, at).split('\n')
  return `${before.length}:${before.at(-1).length + 1}`
}
