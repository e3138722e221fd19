/**
 * The field normalisers (src/lib/fields.ts) as properties: idempotent; never turning an invalid value into
 * a different valid one; a valid value surviving any mix of spaces, dashes, full-width characters and a
 * pasted label. Plus the messages: specific, and never a silent cut.
 */
import fc from 'fast-check'
import * as v from 'valibot'
import { contract } from '@/gateway/contract'
import {
  charCount,
  checkField,
  displayField,
  FIELD_PROBLEM_MESSAGES,
  FIELD_RULES,
  fieldError,
  fieldMessage,
  normaliseField,
  type FieldProblemCode,
  type FieldKind,
  type NumberKind,
} from '@/lib/fields'
import { idCheckChar } from '@/lib/idNumber'
import { luhnCheckDigit } from '@/lib/luhn'
import { editNumber } from '@/lib/numberEdit'

const RUNS = { numRuns: 500 }
const TODAY = new Date(Date.UTC(2026, 10, 1))
const digits = (min: number, max: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: min, maxLength: max }).map((d) => d.join(''))
const pad = (n: number) => String(n).padStart(2, '0')

const birthDate = fc
  .date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2026, 9, 31)), noInvalidDate: true })
  .map((d) => `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}`)

/** Valid values of each number kind, canonical (what the app stores and sends). */
const VALID: Record<NumberKind, fc.Arbitrary<string>> = {
  idNumber: fc.tuple(digits(6, 6), birthDate, digits(3, 3)).map(([region, birth, seq]) => region + birth + seq + idCheckChar(region + birth + seq)),
  phone: fc.tuple(fc.integer({ min: 3, max: 9 }), digits(9, 9)).map(([second, rest]) => `1${second}${rest}`),
  bankCard: digits(15, 18).map((body) => body + luhnCheckDigit(body)),
  smsCode: digits(6, 6),
}
const NUMBER_KINDS = (Object.keys(FIELD_RULES) as FieldKind[]).filter((kind): kind is NumberKind => kind !== 'name')

/** Hand-typed and pasted noise: ASCII and full-width spaces, dashes, dots, a no-break space. */
const separator = fc.constantFrom(' ', '  ', '\u3000', '\u00a0', '-', '－', '—', '.', '·', '\t')
/** A digit (or X) as a full-width keyboard types it. */
const fullWidth = (c: string) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)

/** The value with separators between random characters, random characters full-width, x lower-case, maybe a label in front. */
function decorated(kind: NumberKind, value: fc.Arbitrary<string>) {
  const labels: Record<NumberKind, string[]> = {
    idNumber: ['身份证号', '身份证号码', '证件号码'],
    phone: ['手机号', '手机号码', '电话'],
    bankCard: ['卡号', '银行卡号', '社保卡号'],
    smsCode: ['验证码'],
  }
  return fc
    .tuple(
      value,
      fc.array(fc.tuple(fc.boolean(), fc.option(separator, { nil: undefined })), { minLength: 19, maxLength: 19 }),
      fc.option(fc.tuple(fc.constantFrom(...labels[kind]), fc.constantFrom('', ':', '：', ' ', '： ')), { nil: undefined }),
      fc.constantFrom('', ' ', '\n', '\u3000'),
      fc.boolean(),
    )
    .map(([v, marks, label, edge, lower]) => {
      const body = [...v].map((c, i) => (marks[i][0] ? fullWidth(c) : c) + (i < v.length - 1 ? (marks[i][1] ?? '') : '')).join('')
      const text = (label ? label[0] + label[1] : '') + body
      return edge + (lower ? text.replace(/[XＸ]/g, (x) => (x === 'X' ? 'x' : 'ｘ')) : text) + edge
    })
}

/** Strings made of what people type and paste into number fields, plus arbitrary characters. */
const messy = fc
  .array(
    fc.oneof(
      fc.constantFrom(...'0123456789Xx０１２３４５６７８９ｘＸ -－.·:：+'.split('')),
      fc.constantFrom('身份证号', '手机号', '卡号', '验证码', '姓名', '86', '0086'),
      fc.string({ maxLength: 2 }),
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(''))

/** The digits (and X) a text holds, in order, full-width ones counted as theirs. */
const digitsIn = (text: string) =>
  [...text]
    .map((c) => (/[０-９ｘＸ]/.test(c) ? String.fromCharCode(c.charCodeAt(0) - 0xfee0) : c).toUpperCase())
    .filter((c) => /[\dX]/.test(c))
    .join('')

describe.each(NUMBER_KINDS)('%s', (kind) => {
  test('normalising is idempotent', () => {
    fc.assert(
      fc.property(fc.oneof(messy, decorated(kind, VALID[kind])), (text) => {
        const once = normaliseField(kind, text)
        expect(normaliseField(kind, once)).toBe(once)
      }),
      RUNS,
    )
  })

  test('a valid value survives spaces, dashes, full-width digits, x for X and a pasted label', () => {
    fc.assert(
      fc.property(VALID[kind], fc.nat(), (value, seed) => {
        const text = fc.sample(decorated(kind, fc.constant(value)), { seed, numRuns: 1 })[0]
        expect(normaliseField(kind, text)).toBe(value)
        expect(checkField(kind, text, TODAY)).toBeNull()
      }),
      RUNS,
    )
  })

  test('never turns an invalid value into a different valid one: a text passes only with exactly its own digits', () => {
    let passed = 0
    // Messy text alone, and valid values with messy text around them (most of those must fail).
    const texts = fc.oneof(
      messy,
      fc.tuple(messy, decorated(kind, VALID[kind]), messy).map((parts) => parts.join('')),
      decorated(kind, VALID[kind]),
    )
    fc.assert(
      fc.property(texts, (text) => {
        if (checkField(kind, text, TODAY) !== null) return
        passed += 1
        const value = normaliseField(kind, text)
        // Only separators, a label and (for a phone) the +86 / 0086 country code were dropped.
        expect([value, digitsIn(text).replace(kind === 'phone' && /^\D*(?:\+86|0086)/.test(text) ? /^(?:00)?86/ : /^$/, '')]).toEqual([value, value])
      }),
      { numRuns: 2000 },
    )
    expect(passed).toBeGreaterThan(100)
  })

  test('one digit too many (a paste with an extra digit) is refused with how many, never cut', () => {
    fc.assert(
      fc.property(decorated(kind, VALID[kind]), digits(1, 3), (text, extra) => {
        const { label, max } = FIELD_RULES[kind]
        const value = normaliseField(kind, text)
        const longer = value + extra
        if (longer.length <= max) return
        expect(fieldError(kind, text + extra, TODAY)).toBe(`${label}比 ${max} 位多了 ${longer.length - max} 位，请核对`)
        expect(normaliseField(kind, text + extra)).toBe(longer)
      }),
      RUNS,
    )
  })

  test('a stored value is shown grouped and reads back to itself; the caret stays after the same digits', () => {
    fc.assert(
      fc.property(VALID[kind], fc.nat(), (value, at) => {
        const shown = displayField(kind, value)
        expect(normaliseField(kind, shown)).toBe(value)
        const edit = editNumber(kind, value, at % (value.length + 1))
        expect(edit.display).toBe(shown)
        expect(shown.slice(0, edit.cursor).replace(/ /g, '')).toBe(value.slice(0, at % (value.length + 1)))
      }),
      RUNS,
    )
  })
})

test('numbers are shown as printed: bank cards in fours, phones 3-4-4, ID numbers and codes as one run', () => {
  expect(displayField('bankCard', '6217001234567890122')).toBe('6217 0012 3456 7890 122')
  expect(displayField('phone', '13905381234')).toBe('139 0538 1234')
  expect(displayField('idNumber', '370902195803120013')).toBe('370902195803120013')
  expect(displayField('smsCode', '246810')).toBe('246810')
  // Not all digits: shown as typed, so the resident sees what the message is about.
  expect(displayField('phone', '139a')).toBe('139a')
})

test('typing into the middle of a grouped number keeps the caret after the typed digit', () => {
  // "139 0538 1234": caret after "139 05", then 7 typed there.
  expect(editNumber('phone', '139 057538 1234', 7)).toEqual({ value: '139057538123' + '4', display: '139 0575 3812 34', cursor: 7 })
  // Deleting the space before a group deletes nothing a resident sees; the digits stay.
  expect(editNumber('bankCard', '62170012', 4)).toEqual({ value: '62170012', display: '6217 0012', cursor: 4 })
  // A paste of the printed number, caret at its end.
  const pasted = '卡号：6217-0012-3456-7890-122'
  expect(editNumber('bankCard', pasted, pasted.length)).toEqual({ value: '6217001234567890122', display: '6217 0012 3456 7890 122', cursor: 23 })
})

test('ID numbers: each problem gets its own message', () => {
  expect(checkField('idNumber', ' 370902195803120013', TODAY)).toBeNull()
  expect(checkField('idNumber', '３７０９０２１９５８０３１２００１３', TODAY)).toBeNull()
  expect(checkField('idNumber', '身份证号：370902 19580312 0013', TODAY)).toBeNull()
  expect(checkField('idNumber', '11010519491231002x', TODAY)).toBeNull()
  expect(fieldError('idNumber', '3709021958031200130', TODAY)).toBe('身份证号比 18 位多了 1 位，请核对')
  expect(fieldError('idNumber', '37090219580312001', TODAY)).toBe('身份证号应为 18 位，现在是 17 位')
  expect(checkField('idNumber', '37090219580312001A', TODAY)?.code).toBe('idCharacters')
  expect(checkField('idNumber', '3709021958031200X3', TODAY)?.code).toBe('idCharacters')
  expect(checkField('idNumber', '370902195802300013', TODAY)?.code).toBe('idBirthDate')
  expect(checkField('idNumber', '370902195803120014', TODAY)?.code).toBe('idChecksum')
  expect(fieldError('idNumber', '  ', TODAY)).toBe('请输入身份证号')
})

test('phones, bank cards and codes: length, characters and check digit each say so', () => {
  expect(checkField('phone', '+86 139-0538-1234')).toBeNull()
  expect(fieldError('phone', '139053812345')).toBe('手机号比 11 位多了 1 位，请核对')
  expect(fieldError('phone', '1390538123a')).toBe('手机号只能填数字')
  expect(fieldError('bankCard', '6217 0012 3456 7890 1220')).toBe('银行卡号比 19 位多了 1 位，请核对')
  expect(fieldError('bankCard', '6217 0012 3456 789')).toBe('银行卡号应为 16 到 19 位，现在是 15 位')
  expect(fieldError('bankCard', '6217 0012 3456 7890 123')).toBe('银行卡号不正确，请逐位核对卡面号码')
  expect(checkField('smsCode', '验证码：２４６ ８１０')).toBeNull()
  expect(fieldError('smsCode', '2468100')).toBe('验证码比 6 位多了 1 位，请核对')
})

/** Han ideographs from the unified block, extension A (䶮 U+4DAE), and outside the BMP (extensions B–H). */
const han = fc
  .oneof(
    fc.integer({ min: 0x4e00, max: 0x9fff }),
    fc.integer({ min: 0x3400, max: 0x4dbf }),
    fc.integer({ min: 0x20000, max: 0x2a6df }),
    fc.integer({ min: 0x2a700, max: 0x2b739 }),
    fc.integer({ min: 0x30000, max: 0x3134a }),
  )
  .map((cp) => String.fromCodePoint(cp))
const hanRun = (min: number, max: number) => fc.array(han, { minLength: min, maxLength: max }).map((c) => c.join(''))
/** A valid name: two to twenty ideographs, or a minority name's parts joined by the middle dot. */
const validName = fc.oneof(
  hanRun(2, FIELD_RULES.name.max),
  fc
    .array(hanRun(1, 5), { minLength: 2, maxLength: 4 })
    .map((parts) => parts.join('·'))
    .filter((n) => charCount(n) <= FIELD_RULES.name.max),
)
const DOT_LOOK_ALIKES = ['•', '・', '．', '‧', '･', '.', '·']

describe('names', () => {
  test('every Han ideograph is accepted, inside and outside the BMP, counted in characters', () => {
    fc.assert(
      fc.property(validName, (name) => expect(checkField('name', name)).toBeNull()),
      RUNS,
    )
    expect(checkField('name', '李䶮')).toBeNull()
    expect(checkField('name', '𠀀𠀁')).toBeNull()
    // Twenty characters outside the BMP are forty UTF-16 units: still twenty characters.
    expect(checkField('name', '𠀀'.repeat(FIELD_RULES.name.max))).toBeNull()
    expect(fieldError('name', '𠀀'.repeat(FIELD_RULES.name.max + 1))).toBe(`姓名最多 ${FIELD_RULES.name.max} 个字，现在是 ${FIELD_RULES.name.max + 1} 个字`)
  })

  test('a valid name survives spaces, a middle-dot look-alike and a pasted label', () => {
    fc.assert(
      fc.property(
        validName,
        fc.constantFrom(...DOT_LOOK_ALIKES),
        fc.constantFrom('', ' ', '\u3000'),
        fc.constantFrom('', '姓名：', '姓名:', '姓名 '),
        (name, dot, space, label) => {
          const typed = space + label + [...name.replace(/·/g, dot)].join(space) + space
          expect(normaliseField('name', typed)).toBe(name)
          expect(checkField('name', typed)).toBeNull()
        },
      ),
      RUNS,
    )
  })

  test('normalising a name is idempotent, and passes only with exactly its own ideographs', () => {
    const text = fc
      .array(fc.oneof(han, fc.constantFrom(...DOT_LOOK_ALIKES, ' ', '姓名', '：', 'a'), fc.string({ maxLength: 2 })), { maxLength: 12 })
      .map((p) => p.join(''))
    fc.assert(
      fc.property(text, (input) => {
        const once = normaliseField('name', input)
        expect(normaliseField('name', once)).toBe(once)
        if (checkField('name', input) === null)
          expect(once.replace(/·/g, '')).toBe(input.replace(/^\s*(?:姓名[:：]?\s*)*/, '').replace(/[\s•・．‧･.·\u0387\u2219\u22c5\u318d]/g, ''))
      }),
      { numRuns: 2000 },
    )
  })

  test('dots: look-alikes become ·; leading, trailing and double dots are named in the message', () => {
    expect(normaliseField('name', '王•建国')).toBe('王·建国')
    expect(normaliseField('name', '买买提・艾力')).toBe('买买提·艾力')
    expect(checkField('name', '·王建国')?.code).toBe('nameDotAtEnd')
    expect(checkField('name', '王建国•')?.code).toBe('nameDotAtEnd')
    expect(checkField('name', '王··建国')?.code).toBe('nameDoubleDot')
    expect(checkField('name', '王•・建国')?.code).toBe('nameDoubleDot')
    for (const message of [FIELD_PROBLEM_MESSAGES.nameDotAtEnd, FIELD_PROBLEM_MESSAGES.nameDoubleDot]) expect(message).toContain('间隔点“·”')
    expect(checkField('name', 'Wang')?.code).toBe('nameCharacters')
    expect(checkField('name', '王')?.code).toBe('nameTooShort')
  })
})

test('every field kind has a check that refuses empty input', () => {
  for (const kind of [...NUMBER_KINDS, 'name'] as FieldKind[]) expect(fieldError(kind, ' ')).toMatch(/^请输入/)
})

test('every problem code is what some input gets, and its message reads whole', () => {
  const examples: Record<FieldProblemCode, [FieldKind, string]> = {
    missing: ['phone', ''],
    digitsOnly: ['smsCode', '24681a'],
    tooShort: ['bankCard', '621700123456789'],
    tooLong: ['idNumber', '3709021958031200130'],
    idCharacters: ['idNumber', '37090219580312001A'],
    idBirthDate: ['idNumber', '370902195802300013'],
    idChecksum: ['idNumber', '370902195803120014'],
    phonePrefix: ['phone', '23905381234'],
    bankCardChecksum: ['bankCard', '6217001234567890123'],
    nameCharacters: ['name', 'Wang'],
    nameDotAtEnd: ['name', '王建国·'],
    nameDoubleDot: ['name', '王··建国'],
    nameTooShort: ['name', '王'],
    nameTooLong: ['name', '王'.repeat(FIELD_RULES.name.max + 1)],
  }
  expect(Object.keys(examples).sort()).toEqual(Object.keys(FIELD_PROBLEM_MESSAGES).sort())
  for (const [code, [kind, input]] of Object.entries(examples)) {
    const problem = checkField(kind, input, TODAY)
    expect([code, problem?.code]).toEqual([code, code])
    expect(fieldMessage(problem!)).toMatch(/^[^{}]*[\u4e00-\u9fff][^{}]*$/)
  }
  expect(fieldError('name', '王')).toBe('姓名至少 2 个字')
})

/** Where the contract takes each kind of field, and the form that sends it. */
const CONTRACT_FIELDS: Record<FieldKind, v.GenericSchema> = {
  name: contract.claimPrecheck.request.entries.name,
  idNumber: contract.claimPrecheck.request.entries.idNumber,
  phone: contract.smsLogin.request.entries.phone,
  smsCode: contract.smsVerify.request.entries.code,
  bankCard: contract.linkBank.request.entries.bankCardNumber,
}

describe.each([...NUMBER_KINDS, 'name'] as FieldKind[])('the contract and the forms agree on %s', (kind) => {
  const inputs =
    kind === 'name'
      ? fc.oneof(
          validName,
          fc.string({ maxLength: 6 }),
          fc.array(fc.oneof(han, fc.constantFrom(...DOT_LOOK_ALIKES, ' ', '姓名：')), { maxLength: 8 }).map((p) => p.join('')),
        )
      : fc.oneof(messy, decorated(kind, VALID[kind]), VALID[kind])
  test('the gateway accepts what a form sends exactly when the form accepts what was typed', () => {
    fc.assert(
      fc.property(inputs, (typed) => {
        expect(v.is(CONTRACT_FIELDS[kind], normaliseField(kind, typed))).toBe(checkField(kind, typed) === null)
      }),
      { numRuns: 1000 },
    )
  })
  test('the gateway refuses a value not in its canonical form, even when a form would accept it once tidied', () => {
    const tidied =
      kind === 'name'
        ? '王•建国'
        : fc.sample(
            decorated(kind, VALID[kind]).filter((t) => normaliseField(kind, t) !== t),
            1,
          )[0]
    expect(checkField(kind, tidied)).toBeNull()
    expect(v.is(CONTRACT_FIELDS[kind], tidied)).toBe(false)
  })
})
