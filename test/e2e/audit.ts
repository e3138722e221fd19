/**
 * The personal-data audit that runs after every browser e2e flow (from BrowserSession.close()): the H5
 * storage (localStorage, sessionStorage, cookies, IndexedDB) and the captured console output must hold
 * no ID number, mobile number, bank card number or password in clear. A finding names where it is (the
 * storage key or console entry) and the kind of data, with the value masked so the report leaks nothing.
 */
import type { BrowserContext, Page } from '@playwright/test'
import { birthDateOf, idCheckChar } from '../../src/lib/idNumber'
import { luhnValid } from '../../src/lib/luhn'

export type DataKind = 'ID number' | 'mobile number' | 'bank card number' | 'password'

/** The documented test secrets: the e-card password, the physical card's PIN and its initial PIN. */
export const KNOWN_PASSWORDS = ['147258', '975310', '123456'] as const

export interface Finding {
  /** 'localStorage', 'sessionStorage', 'cookie', 'IndexedDB' or 'console'. */
  where: string
  key: string
  kind: DataKind
  masked: string
}

export interface StorageDump {
  localStorage: Record<string, string>
  sessionStorage: Record<string, string>
  cookies: Record<string, string>
  /** `database/store/key` → the record as JSON. */
  indexedDB: Record<string, string>
}

/** The console entry fields the audit reads (test/e2e/browser.ts records more). */
export interface LoggedEntry {
  type: string
  text: string
  pageUrl: string
}

const ID_NUMBER = /(?<!\d)\d{17}[\dXx](?!\d)/g
const MOBILE = /(?<!\d)1[3-9]\d{9}(?!\d)/g
const CARD = /(?<!\d)\d{16,19}(?!\d)/g

const isIdNumber = (value: string) => idCheckChar(value.slice(0, 17)) === value[17].toUpperCase() && birthDateOf(value) !== null

const mask = (value: string) => (value.length <= 4 ? '*'.repeat(value.length) : value.slice(0, 3) + '*'.repeat(value.length - 5) + value.slice(-2))

/** Every piece of personal data in a text; an ID number is not also reported as a card number. */
export function detect(text: string, passwords: readonly string[] = []): { kind: DataKind; value: string }[] {
  const found: { kind: DataKind; value: string }[] = []
  const ids = new Set([...text.matchAll(ID_NUMBER)].map((m) => m[0]).filter(isIdNumber))
  for (const value of ids) found.push({ kind: 'ID number', value })
  for (const [value] of text.matchAll(MOBILE)) found.push({ kind: 'mobile number', value })
  for (const [value] of text.matchAll(CARD)) if (!ids.has(value) && luhnValid(value)) found.push({ kind: 'bank card number', value })
  for (const password of new Set([...KNOWN_PASSWORDS, ...passwords])) {
    if (new RegExp(`(?<!\\d)${password}(?!\\d)`).test(text)) found.push({ kind: 'password', value: password })
  }
  return found
}

function scan(where: string, entries: [string, string][], passwords: readonly string[]): Finding[] {
  return entries.flatMap(([key, value]) =>
    // The key itself may carry data too (e.g. a per-user storage key).
    detect(`${key}\n${value}`, passwords).map(({ kind, value: hit }) => ({ where, key, kind, masked: mask(hit) })),
  )
}

export function auditStorage(dump: StorageDump, passwords: readonly string[] = []): Finding[] {
  return [
    ...scan('localStorage', Object.entries(dump.localStorage), passwords),
    ...scan('sessionStorage', Object.entries(dump.sessionStorage), passwords),
    ...scan('cookie', Object.entries(dump.cookies), passwords),
    ...scan('IndexedDB', Object.entries(dump.indexedDB), passwords),
  ]
}

export function auditConsole(entries: readonly LoggedEntry[], passwords: readonly string[] = []): Finding[] {
  return scan(
    'console',
    entries.map((entry, i) => [`#${i} ${entry.type}`, `${entry.text}\n${entry.pageUrl}`]),
    passwords,
  )
}

export function describeFindings(findings: readonly Finding[]): string {
  const lines = findings.map((f) => `  ${f.where} "${f.key}": ${f.kind} in clear (${f.masked})`)
  return `personal data found in H5 storage or console output:\n${lines.join('\n')}`
}

/** Throws with every finding named when there is any. */
export function assertNoPersonalData(dump: StorageDump, entries: readonly LoggedEntry[], passwords: readonly string[] = []): void {
  const findings = [...auditStorage(dump, passwords), ...auditConsole(entries, passwords)]
  if (findings.length) throw new Error(describeFindings(findings))
}

/**
 * Runs in the page: web storage and every IndexedDB record. Kept as source text because tsx would wrap
 * named functions in a helper (__name) that does not exist in the page.
 */
const READ_PAGE_STORAGE = `(async () => {
  const asRecord = (storage) => Object.fromEntries(Object.keys(storage).map((key) => [key, storage.getItem(key) ?? '']))
  const request = (r) => new Promise((resolve, reject) => { r.onsuccess = () => resolve(r.result); r.onerror = () => reject(r.error) })
  const records = {}
  for (const { name } of indexedDB.databases ? await indexedDB.databases() : []) {
    if (!name) continue
    const db = await request(indexedDB.open(name))
    for (const storeName of Array.from(db.objectStoreNames)) {
      const store = db.transaction(storeName, 'readonly').objectStore(storeName)
      const [keys, values] = await Promise.all([request(store.getAllKeys()), request(store.getAll())])
      keys.forEach((key, i) => { records[name + '/' + storeName + '/' + String(key)] = JSON.stringify(values[i]) })
    }
    db.close()
  }
  return { localStorage: asRecord(localStorage), sessionStorage: asRecord(sessionStorage), indexedDB: records }
})()`

/** Everything the page's origin keeps: web storage and IndexedDB from the page, cookies from the context. */
export async function readStorage(page: Page, context: BrowserContext): Promise<StorageDump> {
  const inPage = await page.evaluate<Omit<StorageDump, 'cookies'>>(READ_PAGE_STORAGE)
  const cookies = Object.fromEntries((await context.cookies()).map((c) => [c.name, c.value]))
  return { ...inPage, cookies }
}
