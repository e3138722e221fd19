/**
 * The member names of the real `wx` and `my`, read from the official typings (miniprogram-api-typings,
 * @mini-types/my) with the TypeScript checker. The host builds its `wx`/`my` from these names only, so an
 * API a phone lacks is missing here too (Taro defines `Taro.x` only for keys present on the host object).
 * `npx tsx test/mini/host/members.ts --write` refreshes apiMembers.json; a test fails when it is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import ts from 'typescript'

export interface Members {
  /** Callable members. */
  functions: string[]
  /** Members that are values (env, SDKVersion); objects list their own callable members. */
  values: Record<string, string[] | 'primitive'>
}

export interface ApiMembers {
  typings: Record<string, string>
  wx: Members
  my: Members
}

export const MEMBERS_FILE = path.join(__dirname, 'apiMembers.json')

const require = createRequire(__filename)
const WX_TYPINGS = 'miniprogram-api-typings'
const MY_TYPINGS = '@mini-types/my'

const sorted = (names: Iterable<string>) => [...names].sort()

function membersOf(checker: ts.TypeChecker, symbols: readonly ts.Symbol[], at: ts.Node): Members {
  const functions: string[] = []
  const values: Members['values'] = {}
  for (const symbol of symbols) {
    const type = checker.getTypeOfSymbolAtLocation(symbol, at)
    if (type.getCallSignatures().length > 0) functions.push(symbol.name)
    else if (type.flags & ts.TypeFlags.Object) {
      values[symbol.name] = sorted(
        checker
          .getPropertiesOfType(type)
          .filter((p) => checker.getTypeOfSymbolAtLocation(p, at).getCallSignatures().length > 0)
          .map((p) => p.name),
      )
    } else values[symbol.name] = 'primitive'
  }
  return { functions: sorted(functions), values: Object.fromEntries(Object.entries(values).sort(([a], [b]) => a.localeCompare(b))) }
}

/** Reads both typings (about 3 s): `wx` is a variable of interface Wx, `my` a namespace of functions and constants. */
export function readMembersFromTypings(): ApiMembers {
  const wxEntry = require.resolve(`${WX_TYPINGS}/types/index.d.ts`)
  const myEntry = require.resolve(`${MY_TYPINGS}/types/index.d.ts`)
  const program = ts.createProgram([wxEntry, myEntry], { noEmit: true, types: [], lib: ['lib.es2020.d.ts'], skipLibCheck: true })
  const checker = program.getTypeChecker()
  const wxFile = program.getSourceFile(wxEntry)
  const myFile = program.getSourceFile(myEntry)
  if (!wxFile || !myFile) throw new Error('typings not found')
  const inScope = checker.getSymbolsInScope(wxFile, ts.SymbolFlags.Value)
  const wx = inScope.find((s) => s.name === 'wx')
  const my = inScope.find((s) => s.name === 'my')
  if (!wx || !my) throw new Error('the typings no longer declare wx and my')
  const version = (name: string) => (JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string }).version
  return {
    typings: { [WX_TYPINGS]: version(WX_TYPINGS), [MY_TYPINGS]: version(MY_TYPINGS) },
    wx: membersOf(checker, checker.getPropertiesOfType(checker.getTypeOfSymbolAtLocation(wx, wxFile)), wxFile),
    my: membersOf(
      checker,
      checker.getExportsOfModule(my).filter((s) => s.flags & ts.SymbolFlags.Value),
      myFile,
    ),
  }
}

export function loadMembers(): ApiMembers {
  return JSON.parse(readFileSync(MEMBERS_FILE, 'utf8')) as ApiMembers
}

export const serialiseMembers = (members: ApiMembers) => `${JSON.stringify(members, null, 1)}\n`

if (process.argv[1] && path.resolve(process.argv[1]) === __filename && process.argv.includes('--write')) {
  writeFileSync(MEMBERS_FILE, serialiseMembers(readMembersFromTypings()))
  console.log(`wrote ${path.relative(process.cwd(), MEMBERS_FILE)}`)
}
