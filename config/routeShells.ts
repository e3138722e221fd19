/**
 * After a production H5 build is written, scripts/routeShells.mjs prerenders each page's first frame into its own
 * HTML file (paint before the app's scripts run). It runs in its own Node process: it drives Chromium and serves
 * the output, and is an ES module like the other scripts. A failure fails the build.
 */
import { spawn } from 'node:child_process'
import path from 'node:path'
import type { Compiler } from 'webpack'

const NAME = 'RouteShells'
const SCRIPT = path.resolve(__dirname, '..', 'scripts', 'routeShells.mjs')

export class RouteShells {
  apply(compiler: Compiler): void {
    compiler.hooks.afterEmit.tapPromise(NAME, async (compilation) => {
      if (compilation.errors.length) return
      const code = await new Promise<number | null>((resolve, reject) => {
        const child = spawn(process.execPath, [SCRIPT, compiler.outputPath], { stdio: 'inherit' })
        child.on('error', reject)
        child.on('close', resolve)
      })
      if (code !== 0) throw new Error(`${NAME}: scripts/routeShells.mjs failed (exit code ${code})`)
    })
  }
}
