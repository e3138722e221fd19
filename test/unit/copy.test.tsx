/**
 * Copy (issue 22): one wording per message across pages, standard terms, masked numbers where a message
 * refers to one, full stops at the end of body sentences and no result title repeated in its body. The
 * source is scanned for the variants that were replaced, so they cannot come back; the result blocks that
 * repeated their titles are rendered and read.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { render, type RenderResult } from '@testing-library/react'
import { CardProblem, type CardProblemReason, type CardPurpose } from '@/ui/CardProblem'
import { attemptsLeftText } from '@/identity/attempts'

const SRC = path.resolve(__dirname, '../../src')
const sourceFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name)
    // The app's own copy: a room's tests (src/<room>/test) type real-looking numbers on purpose.
    if (statSync(file).isDirectory()) return name === 'test' ? [] : sourceFiles(file)
    return /\.tsx?$/.test(name) ? [file] : []
  })
const SOURCES = sourceFiles(SRC).map((file) => ({ file: path.relative(SRC, file), text: readFileSync(file, 'utf8') }))

/** Replaced wordings, each with the one the app uses now. */
const FORBIDDEN: { variant: RegExp; use: string }[] = [
  { variant: /没能加载/, use: '加载失败' },
  { variant: /输入机会|次机会/, use: attemptsLeftText(3) },
  { variant: /剩余\s*\{?[^}\s]*\}?\s*次/, use: attemptsLeftText(3) },
  { variant: /还可输入|还能输入|可再输入/, use: attemptsLeftText(3) },
  // A message about a number shows it masked: never an unmasked phone, ID or card number in the copy.
  { variant: /(?<![0-9*])1[3-9][0-9]{9}(?![0-9])/, use: 'a masked phone (139****1234)' },
  { variant: /(?<![0-9*])[0-9]{17}[0-9X](?![0-9])/, use: 'a masked ID number' },
]

test.each(FORBIDDEN)('no page says $variant (use: $use)', ({ variant }) => {
  expect(SOURCES.filter(({ text }) => variant.test(text)).map(({ file }) => file)).toEqual([])
})

test('the attempts left are worded in one place (src/identity/attempts.ts)', () => {
  expect(SOURCES.filter(({ text }) => text.includes('还可以输入')).map(({ file }) => file)).toEqual([path.join('identity', 'attempts.ts')])
})

/** The title and the body texts of a rendered WeUI result. */
function readResult(container: HTMLElement) {
  const title = container.querySelector('.weui-msg__title')?.textContent ?? ''
  const bodies = [...container.querySelectorAll('.weui-msg__desc')].map((e) => e.textContent ?? '')
  return { title, bodies }
}

/** The title's clauses (split at Chinese commas): none may appear again in the body. */
const clauses = (title: string) => title.split(/[，,]/).filter((c) => c.length >= 4)

const REASONS: CardProblemReason[] = ['none', 'lost', 'cancelled', 'unbound', 'password-locked']
const PURPOSES: CardPurpose[] = ['card', 'query', 'code']
const RESULTS: [string, () => RenderResult][] = REASONS.flatMap((reason) =>
  PURPOSES.map((purpose): [string, () => RenderResult] => [
    `card problem ${reason} (${purpose})`,
    () => render(<CardProblem reason={reason} purpose={purpose} />),
  ]),
)

test.each(RESULTS)('%s: the body does not repeat the title, and each body sentence ends with a full stop', (_, show) => {
  const { container } = show()
  const { title, bodies } = readResult(container)
  expect(title).not.toBe('')
  expect(bodies.length).toBeGreaterThan(0)
  for (const body of bodies) {
    for (const clause of clauses(title)) expect(body).not.toContain(clause)
    expect(body).toMatch(/[。！？]$/)
  }
})
