import type { Compiler } from 'webpack'

/**
 * Builds with the mock gateway (MOCK=1) compile mock/entry.ts into the app's entry chunk: the app itself never
 * imports the mock. Taro's mini-program plugin rebuilds the entries in `make` and takes the chunk's first entry
 * module for the app (its requires of the shared chunks go there), so the file is added in `make` after Taro's
 * own, as the `app` entry's second module: it runs right after src/app.tsx, before any page loads.
 */
export class MockEntry {
  constructor(private readonly file: string) {}

  apply(compiler: Compiler): void {
    const { EntryPlugin } = compiler.webpack
    compiler.hooks.make.tapAsync('MockEntry', (compilation, done) => {
      compilation.addEntry(compiler.context, EntryPlugin.createDependency(this.file, { name: 'app' }), { name: 'app' }, (error) => done(error ?? undefined))
    })
  }
}
