/** The e2e personal-data audit's detectors and report (test/e2e/audit.ts), without a browser. */
import { assertNoPersonalData, auditConsole, auditStorage, detect, type StorageDump } from '../e2e/audit'

const ID_NUMBER = '370902195803120013'
const clean: StorageDump = {
  localStorage: { 'esscard.session': JSON.stringify({ state: { token: 'tok-1', refreshToken: 'ref-1', expiresAt: 1763770000000 } }) },
  sessionStorage: {},
  cookies: {},
  indexedDB: {},
}

test('a planted ID number in localStorage fails, naming the key and the kind of data, without printing it', () => {
  const dump = { ...clean, localStorage: { ...clean.localStorage, 'esscard.claim': JSON.stringify({ state: { idNumber: ID_NUMBER } }) } }
  let message = ''
  try {
    assertNoPersonalData(dump, [])
  } catch (error) {
    message = (error as Error).message
  }
  expect(message).toContain('localStorage "esscard.claim": ID number in clear')
  expect(message).not.toContain(ID_NUMBER)
  expect(message).not.toContain('esscard.session')
})

test('clean storage and console pass', () => {
  expect(() => assertNoPersonalData(clean, [{ type: 'log', text: '3709**********0013 138****5678', pageUrl: 'http://127.0.0.1/' }])).not.toThrow()
})

test('each kind, in every store and in the console', () => {
  const dump: StorageDump = {
    localStorage: {},
    sessionStorage: { form: '{"phone":"13905381234"}' },
    cookies: { card: '6217001234567890122' },
    indexedDB: { 'app/kv/pin': '"975310"' },
  }
  expect(auditStorage(dump).map((f) => [f.where, f.key, f.kind])).toEqual([
    ['sessionStorage', 'form', 'mobile number'],
    ['cookie', 'card', 'bank card number'],
    ['IndexedDB', 'app/kv/pin', 'password'],
  ])
  const logged = auditConsole([{ type: 'error', text: 'submit failed for 370902195803120013', pageUrl: 'http://127.0.0.1/?p=1' }])
  expect(logged.map((f) => [f.where, f.key, f.kind])).toEqual([['console', '#0 error', 'ID number']])
})

test('a password the spec typed is found besides the known test ones', () => {
  expect(detect('{"pw":"258036"}', ['258036'])).toEqual([{ kind: 'password', value: '258036' }])
  expect(detect('{"pw":"258036"}')).toEqual([])
})

test('no false alarms: bad checksums, non-Luhn numbers, longer digit runs, timestamps, masks', () => {
  expect(detect('370902195803120014')).toEqual([]) // wrong ID check character, not Luhn-valid either
  expect(detect('6217001234567890123')).toEqual([]) // fails Luhn
  expect(detect('139053812345')).toEqual([]) // 12 digits: not a mobile number
  expect(detect('1763770000000 1471258 **** **** **** 0122')).toEqual([])
  // An ID number is reported once, as an ID number, even where it is also Luhn-valid.
  expect(detect('340102196406070089').map((f) => f.kind)).toEqual(['ID number'])
  expect(detect('53010219720925003X').map((f) => f.kind)).toEqual(['ID number'])
})
