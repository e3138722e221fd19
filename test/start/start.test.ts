/**
 * `npm start` as a contributor and a process manager use it: one URL once the app is served (on the port really
 * bound when the asked one is busy), the worker file the mock needs served beside it, dist/h5-mock (the e2e build)
 * untouched; SIGTERM to npm, or Ctrl-C's SIGINT to the terminal's process group, leaves no process and nothing
 * listening. Runs a real development build, so it has its own npm test stage (npm run test:start) and generous timeouts
 * for a loaded 2-core machine.
 */
import assert from 'node:assert/strict'
import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { type AddressInfo, type Server, connect, createServer } from 'node:net'
import path from 'node:path'
import { test } from 'node:test'
import { chromium } from 'playwright-core'

const root = path.resolve(__dirname, '../..')
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
const MINUTE = 60_000

/** Every live process below `pid` (ps works on Linux and macOS), zombies excluded. */
function descendants(pid: number): number[] {
  const rows = execFileSync('ps', ['-A', '-o', 'pid=,ppid=,stat='], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .map((row) => row.trim().split(/\s+/))
    .filter(([, , stat]) => !stat.startsWith('Z'))
    .map(([child, parent]) => [Number(child), Number(parent)] as const)
  const found: number[] = []
  const queue = [pid]
  while (queue.length) {
    const parent = queue.shift()
    for (const [child, of] of rows) {
      if (of !== parent || found.includes(child)) continue
      found.push(child)
      queue.push(child)
    }
  }
  return found
}

/** A process's command line ('' once it has ended). */
function commandLine(pid: number): string {
  try {
    return execFileSync('ps', ['-o', 'args=', '-p', String(pid)], { encoding: 'utf8' })
  } catch {
    return ''
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
  } catch {
    return false
  }
  let stat = ''
  try {
    stat = execFileSync('ps', ['-o', 'stat=', '-p', String(pid)], { encoding: 'utf8' }).trim()
  } catch {
    return false
  }
  return stat !== '' && !stat.startsWith('Z')
}

async function until<T>(what: string, timeoutMs: number, check: () => T | undefined | false | Promise<T | undefined | false>): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await check()
    if (value) return value
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}

/** Whether something accepts connections on 127.0.0.1:port. */
function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port })
    socket.once('connect', () => {
      socket.destroy()
      resolve(true)
    })
    socket.once('error', () => resolve(false))
  })
}

function holdPort(): Promise<Server> {
  return new Promise((resolve) => {
    const server = createServer()
    server.listen(0, '127.0.0.1', () => resolve(server))
  })
}

/** `npm start` in its own process group (as a terminal runs it), asking for `port`; its output is collected. */
function npmStart(port: number): { child: ChildProcess; output: () => string; exited: Promise<number | null> } {
  const child = spawn(npm, ['start'], {
    cwd: root,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, DEV_PORT: String(port), FORCE_COLOR: '0' },
  })
  let output = ''
  child.stdout?.on('data', (chunk) => (output += chunk))
  child.stderr?.on('data', (chunk) => (output += chunk))
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  return { child, output: () => output, exited }
}

/** Whatever a failed test leaves behind: npm start's process group and every process below it. */
function killAll(child: ChildProcess) {
  for (const pid of [-child.pid!, ...descendants(child.pid!)]) {
    try {
      process.kill(pid, 'SIGKILL')
    } catch {
      // already gone
    }
  }
}

/** After the signal: npm exits, every process it started is gone, nothing listens on `port`. */
async function assertAllStopped(exited: Promise<number | null>, processes: number[], port: number, output: () => string) {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`npm start still running 60 s after the signal:\n${output()}`)), MINUTE)
  })
  await Promise.race([exited, timeout]).finally(() => clearTimeout(timer))
  await until('every process npm start started to end', 30_000, () => processes.every((pid) => !alive(pid)))
  assert.equal(await listening(port), false, `something still listens on ${port}`)
}

/**
 * MSW re-checks its worker on start without handling a failure (mswjs/msw#2006); the browser rejects that check with
 * "Failed to update a ServiceWorker … Not found" when the registration is going away, as on a reload. The page makes
 * the browser fail such an update, unhandled as MSW leaves it: the dev server's overlay must not cover the app and
 * taps must work; any other unhandled rejection still raises the overlay (so this check can fail).
 */
async function assertWorkerUpdateFailureLeavesAppUsable(url: string) {
  const executablePath = execFileSync(process.execPath, [path.join(root, 'scripts/ensureChromium.mjs')], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .pop()
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] })
  try {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } })
    const overlay = page.locator('#webpack-dev-server-client-overlay')
    await page.goto(`${url}?persona=level2`)
    await page.getByText('我的', { exact: true }).waitFor({ timeout: 2 * MINUTE })
    // The page made the browser fail an update exactly as on a reload: the registration is being removed ("Not found").
    // (Handled, it is a console warning; unhandled, a page error.)
    const updateFailed = /Failed to update a ServiceWorker.*Not found/
    const failure = new Promise<void>((resolve) => {
      page.on('console', (message) => updateFailed.test(message.text()) && resolve())
      page.on('pageerror', (error) => updateFailed.test(error.message) && resolve())
    })
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready
      // The worker claims the page just after it activates: on a loaded machine that can come a moment after `ready`.
      for (let waited = 0; !navigator.serviceWorker.controller && waited < 15_000; waited += 100) await new Promise((r) => setTimeout(r, 100))
      if (!navigator.serviceWorker.controller) throw new Error('the mock service worker does not control the page')
      await registration.unregister()
      void registration.update() // left unhandled, as MSW does
    })
    await until('the failed update', 30_000, () =>
      Promise.race([failure.then(() => true), new Promise<false>((resolve) => setTimeout(() => resolve(false), 250))]),
    )
    await page.waitForTimeout(1500)
    assert.equal(await overlay.count(), 0, 'a failed worker update raised the dev server overlay')
    await page.getByText('我的', { exact: true }).click()
    await page.getByText('卡片管理').first().waitFor({ timeout: 30_000 })
    await page.evaluate(() => {
      void Promise.reject(new Error('any other failure'))
    })
    await overlay.waitFor({ timeout: 10_000 })
  } finally {
    await browser.close()
  }
}

test('npm start prints one URL, on the port really bound, once the app is served; SIGTERM stops everything', { timeout: 15 * MINUTE }, async () => {
  // dist/h5-mock is the e2e build: development must not empty it.
  const sentinel = path.join(root, 'dist/h5-mock/start-test-sentinel.txt')
  mkdirSync(path.dirname(sentinel), { recursive: true })
  writeFileSync(sentinel, 'npm start must not empty dist/h5-mock')
  const busy = await holdPort()
  const busyPort = (busy.address() as AddressInfo).port
  const { child, output, exited } = npmStart(busyPort)
  try {
    const url = await until('the URL', 12 * MINUTE, () => {
      if (child.exitCode !== null) throw new Error(`npm start exited (${child.exitCode}):\n${output()}`)
      return /: (http:\/\/127\.0\.0\.1:\d+\/)\s*$/m.exec(output())?.[1]
    })
    const port = Number(new URL(url).port)
    assert.notEqual(port, busyPort, 'the asked port is taken, so the printed one must be the next free one')
    const page = await fetch(url)
    assert.equal(page.status, 200)
    assert.match(await page.text(), /<div id="app"/, 'the printed URL serves the app')
    const worker = await fetch(new URL('mockServiceWorker.js', url))
    assert.equal(worker.status, 200, 'the mock gateway service worker is served by the dev server')
    assert.match(await worker.text(), /Mock Service Worker/)
    // Exactly one URL, and none of the dev server's early addresses.
    assert.deepEqual(output().match(/https?:\/\/\S+/g), [url])
    assert.doesNotMatch(output(), /Loopback|webpack-dev-server/)
    assert.equal(readFileSync(sentinel, 'utf8'), 'npm start must not empty dist/h5-mock')

    await assertWorkerUpdateFailureLeavesAppUsable(url)

    const processes = descendants(child.pid!)
    assert.ok(processes.length >= 2, `npm start runs the script and Taro: ${processes}`)
    process.kill(child.pid!, 'SIGTERM') // npm alone, as a process manager does
    await assertAllStopped(exited, processes, port, output)
  } finally {
    busy.close()
    killAll(child)
    if (existsSync(sentinel)) rmSync(sentinel)
  }
})

test('Ctrl-C (SIGINT to the process group) during the first build stops everything', { timeout: 5 * MINUTE }, async () => {
  const free = await holdPort()
  const port = (free.address() as AddressInfo).port
  free.close()
  const { child, output, exited } = npmStart(port)
  try {
    // Once Taro runs (its build has started), the terminal's Ctrl-C reaches npm, sh and scripts/start.mjs.
    const processes = await until('the Taro build to start', 2 * MINUTE, () => {
      const found = descendants(child.pid!)
      const taro = found.some((pid) => /taro build/.test(commandLine(pid)))
      return taro && found
    })
    await new Promise((resolve) => setTimeout(resolve, 2000))
    const all = [...new Set([...processes, ...descendants(child.pid!)])]
    process.kill(-child.pid!, 'SIGINT')
    await assertAllStopped(exited, all, port, output)
  } finally {
    killAll(child)
  }
})
