/** Property tests for the claim's input checks: ID numbers, bank card numbers, weak passwords. */
import fc from 'fast-check'
import { checkField, normaliseField } from '@/lib/fields'
import { birthDateOf, idCheckChar } from '@/lib/idNumber'
import { luhnCheckDigit, luhnValid } from '@/lib/luhn'
import { birthDateFragments, checkNewPassword, checkPassword } from '@/lib/password'

const RUNS = { numRuns: 1000 }
const TODAY = new Date(Date.UTC(2026, 10, 1))
const digitString = (min: number, max: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: min, maxLength: max }).map((d) => d.join(''))
const pad = (n: number, width: number) => String(n).padStart(width, '0')

/** A real birth date between 1900 and the test's today, as YYYYMMDD. */
const birthDate = fc
  .date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2026, 9, 31)), noInvalidDate: true })
  .map((d) => `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1, 2)}${pad(d.getUTCDate(), 2)}`)

const validId = fc.tuple(digitString(6, 6), birthDate, digitString(3, 3)).map(([region, birth, seq]) => {
  const first17 = region + birth + seq
  return first17 + idCheckChar(first17)
})

/** A date string that is not on the calendar: day 0, day past the month's end, month 0 or 13, 29 Feb in a common year. */
const impossibleDate = fc.oneof(
  fc.integer({ min: 1900, max: 2025 }).map((y) => `${y}0230`),
  fc
    .integer({ min: 1900, max: 2025 })
    .filter((y) => !(y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0)))
    .map((y) => `${y}0229`),
  fc.tuple(fc.integer({ min: 1900, max: 2025 }), fc.constantFrom(4, 6, 9, 11)).map(([y, m]) => `${y}${pad(m, 2)}31`),
  fc.tuple(fc.integer({ min: 1900, max: 2025 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}${pad(m, 2)}00`),
  fc.tuple(fc.integer({ min: 1900, max: 2025 }), fc.constantFrom(0, 13, 19, 99)).map(([y, m]) => `${y}${pad(m, 2)}15`),
  fc.tuple(fc.integer({ min: 1900, max: 2025 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 32, max: 99 })).map(([y, m, d]) => `${y}${pad(m, 2)}${d}`),
)

/** Changes one character to a different valid one (a digit, or X in the check position). */
const changedAt = (value: string, index: number, replacementSeed: number) => {
  const alphabet = index === value.length - 1 && value.length === 18 ? '0123456789X' : '0123456789'
  const choices = alphabet.replace(value[index], '')
  return value.slice(0, index) + choices[replacementSeed % choices.length] + value.slice(index + 1)
}

describe('ID numbers (GB 11643)', () => {
  test('generated IDs with the right check character and a real birth date are accepted', () => {
    fc.assert(
      fc.property(validId, (id) => {
        expect(checkField('idNumber', id, TODAY)).toBeNull()
        expect(checkField('idNumber', id.toLowerCase(), TODAY)).toBeNull()
      }),
      RUNS,
    )
  })

  test('any single changed character is rejected', () => {
    fc.assert(
      fc.property(validId, fc.integer({ min: 0, max: 17 }), fc.nat(), (id, index, seed) => {
        expect(checkField('idNumber', changedAt(id, index, seed), TODAY)).not.toBeNull()
      }),
      RUNS,
    )
  })

  test('an impossible birth date is rejected even with a matching check character', () => {
    fc.assert(
      fc.property(digitString(6, 6), impossibleDate, digitString(3, 3), (region, birth, seq) => {
        const first17 = region + birth + seq
        expect(checkField('idNumber', first17 + idCheckChar(first17), TODAY)?.code).toBe('idBirthDate')
      }),
      RUNS,
    )
  })

  test('19000229 (1900 is not a leap year) and a future date are rejected', () => {
    for (const birth of ['19000229', '20991231']) {
      const first17 = `370902${birth}001`
      expect(checkField('idNumber', first17 + idCheckChar(first17), TODAY)?.code).toBe('idBirthDate')
    }
    expect(birthDateOf('370902200002290013', TODAY)).toBe('20000229')
  })

  test('wrong lengths and letters are rejected', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          digitString(1, 17),
          digitString(19, 25),
          fc.string({ minLength: 18, maxLength: 18 }).filter((s) => !/^\d{17}[\dX]$/.test(normaliseField('idNumber', s))),
        ),
        (input) => {
          expect(checkField('idNumber', input, TODAY)).not.toBeNull()
        },
      ),
      RUNS,
    )
  })
})

const validCard = digitString(15, 18).map((body) => body + luhnCheckDigit(body))

describe('bank card numbers (Luhn)', () => {
  test('generated card numbers with the Luhn check digit are accepted, with or without spaces', () => {
    fc.assert(
      fc.property(validCard, (card) => {
        expect(luhnValid(card)).toBe(true)
        expect(checkField('bankCard', card)).toBeNull()
        expect(checkField('bankCard', card.replace(/(\d{4})(?=\d)/g, '$1 '))).toBeNull()
      }),
      RUNS,
    )
  })

  test('any single changed digit is rejected', () => {
    fc.assert(
      fc.property(validCard, fc.nat(), fc.nat(), (card, at, seed) => {
        expect(checkField('bankCard', changedAt(card, at % card.length, seed))).not.toBeNull()
      }),
      RUNS,
    )
  })

  test('too short, too long or non-digits are rejected', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          digitString(1, 15),
          digitString(20, 24),
          fc.string({ minLength: 16, maxLength: 19 }).filter((s) => /\D/.test(normaliseField('bankCard', s))),
        ),
        (input) => {
          expect(checkField('bankCard', input)).not.toBeNull()
        },
      ),
      RUNS,
    )
  })
})

describe('weak passwords', () => {
  const context = fc.record({
    idNumber: validId,
    phone: fc.tuple(fc.integer({ min: 3, max: 9 }), digitString(9, 9)).map(([second, rest]) => `1${second}${rest}`),
  })

  test('repeated digits (111111) are rejected', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9 }), context, (d, ctx) => expect(checkPassword(String(d).repeat(6), ctx)).toBe('repeated')),
      RUNS,
    )
  })

  test('ascending and descending runs (123456, 654321) are rejected', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4 }), fc.boolean(), context, (start, down, ctx) => {
        const run = Array.from({ length: 6 }, (_, i) => start + i).join('')
        expect(checkPassword(down ? [...run].reverse().join('') : run, ctx)).toBe('sequential')
      }),
      RUNS,
    )
  })

  test('every birth-date fragment of the ID is rejected', () => {
    fc.assert(
      fc.property(context, fc.nat(), (ctx, pick) => {
        const fragments = birthDateFragments(ctx.idNumber)
        expect(fragments.length).toBeGreaterThan(0)
        expect(checkPassword(fragments[pick % fragments.length], ctx)).not.toBeNull()
      }),
      RUNS,
    )
  })

  test("the phone's last six digits are rejected", () => {
    fc.assert(
      fc.property(context, (ctx) => expect(checkPassword(ctx.phone.slice(-6), ctx)).not.toBeNull()),
      RUNS,
    )
  })

  test('a password entered differently the second time is rejected', () => {
    fc.assert(
      fc.property(digitString(6, 6), digitString(6, 6), context, (first, second, ctx) => {
        fc.pre(first !== second)
        expect(checkNewPassword(first, second, ctx)).not.toBeNull()
      }),
      RUNS,
    )
  })

  test('anything but six digits is rejected', () => {
    fc.assert(
      fc.property(
        fc.string().filter((s) => !/^\d{6}$/.test(s)),
        (s) => expect(checkPassword(s)).toBe('length'),
      ),
      RUNS,
    )
  })

  test('a password outside every family is accepted', () => {
    expect(checkNewPassword('147258', '147258', { idNumber: '370902195803120013', phone: '13905381234' })).toBeNull()
  })
})
