/**
 * npm start: the H5 app in development mode with the mock gateway (output folder dist/h5-dev, kept in Taro's dev
 * server's memory; never dist/h5-mock, the e2e build). Tester controls: ?persona=<id>&fault=<id>&latency=<ms> in the
 * URL, or the 测试 panel.
 *
 * Prints one URL, once the first build answers on it, with the port the dev server really bound (Taro moves to the
 * next free port when 10086 is busy; DEV_PORT=<n> asks for another). The build's own chatter (progress bar, the dev
 * server's early "Loopback" lines, module lists) is hidden; errors and warnings are shown. SIGINT and SIGTERM stop
 * the whole build: Taro runs in its own process group, which is ended as one (also when npm, our parent, goes).
 */
import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import path from 'node:path'

const require = createRequire(import.meta.url)
const taroBin = path.join(path.dirname(require.resolve('@tarojs/cli/package.json')), 'bin', 'taro')
const started = performance.now()
const seconds = () => `${((performance.now() - started) / 1000).toFixed(0)} s`

console.log('电子社保卡 H5 (development, mock gateway): building… (a minute or two the first time, less once the build cache is warm)')

// detached: Taro and everything it starts form one process group, stopped together below.
const taro = spawn(process.execPath, [taroBin, 'build', '--type', 'h5', '--watch'], {
  env: { ...process.env, MOCK: '1', NODE_ENV: 'development' },
  stdio: ['ignore', 'pipe', 'pipe'],
  detached: true,
})

/** Lines that only narrate the build: the progress bar, spinners, the dev server's addresses, module lists. */
const CHATTER = [
  /\[webpack-dev-server\]/,
  /^\s*[●✔]\s*Webpack\b/,
  /即将开始启动编译|正在编译|监听文件修改中|Listening at|编译成功/,
  /^\s*(asset|orphan modules|runtime modules|cacheable modules|modules by|javascript modules|css modules|json modules|\.\/|\|)/,
  /\[(built|code generated|cached)\]/,
  /^\s*webpack \d+\.\d+\.\d+ compiled successfully/,
  /^(ℹ(?! 预览端口)|\s*Tips:|\s*\d\. 建议开启持久化缓存)/,
  /^\s*(watch run|setup|building|sealing|emitting)\b/,
  /^\s*(👽 Taro v|\.\.\.$|\s*$)/,
  /^\s*(→ Watching|\+ \d+ (assets|modules)|Entrypoint )/,
]
// eslint-disable-next-line no-control-regex -- ANSI colour and cursor sequences, written by Taro's spinner
const ANSI = /\x1b\[[0-9;?]*[A-Za-z]|\r/g

let boundUrl = null
let announced = false
let firstBuildDone = false

function onLine(raw) {
  const line = raw.replace(ANSI, '')
  // The dev server names the address it has bound (after Taro's port check); it is announced once the build is served.
  const loopback = /\[webpack-dev-server\] Loopback: (http:\/\/\S+)/.exec(line)
  if (loopback) boundUrl ??= loopback[1]
  if (/compiled (successfully|with)/.test(line)) {
    if (!firstBuildDone) {
      firstBuildDone = true
      void announce()
    } else if (/successfully/.test(line)) console.log(`rebuilt (${/in (\d+ ms)/.exec(line)?.[1] ?? 'done'})`)
  }
  if (CHATTER.some((pattern) => pattern.test(line))) return
  if (line.trim()) console.log(line)
}

/** Prints the URL once the server answers on it with the app's page. */
async function announce() {
  for (let attempt = 0; !announced && attempt < 120; attempt++) {
    try {
      if (boundUrl && (await fetch(boundUrl)).ok) {
        announced = true
        console.log(
          `\n电子社保卡 H5 with the mock gateway (built in ${seconds()}): ${boundUrl}\n` +
            '  personas and faults in the address: ?persona=new, ?persona=level2&fault=timeout (README: the mock gateway)\n' +
            '  Ctrl-C stops it.\n',
        )
        return
      }
    } catch {
      // not answering yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  if (!announced) console.error(`The build finished but the dev server did not answer${boundUrl ? ` on ${boundUrl}` : ''}; see the output above.`)
}

function lines(stream, write) {
  let rest = ''
  stream.setEncoding('utf8')
  stream.on('data', (chunk) => {
    const parts = (rest + chunk).split('\n')
    rest = parts.pop()
    parts.forEach(write)
  })
  stream.on('end', () => rest && write(rest))
}
lines(taro.stdout, onLine)
lines(taro.stderr, onLine)

/** Signals the whole group (Taro, webpack and any worker they started); false once it is gone. */
function signalGroup(signal) {
  try {
    process.kill(-taro.pid, signal)
    return true
  } catch {
    return false
  }
}

let stopping = false
function stop(signal) {
  if (stopping) return
  stopping = true
  const code = signal === 'SIGINT' ? 130 : 143
  if (taro.exitCode !== null || taro.signalCode !== null) {
    signalGroup('SIGKILL')
    process.exit(code)
  }
  signalGroup('SIGTERM')
  // The dev server closes gracefully (webpack writes its cache); whatever still runs after 10 s is killed; the exit code says which signal stopped us.
  setTimeout(() => signalGroup('SIGKILL'), 10_000).unref()
  taro.once('exit', () => {
    signalGroup('SIGKILL')
    process.exit(code)
  })
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => stop(signal))
// `npm start` runs this script through a shell, and npm's SIGTERM ends that shell without reaching us: when the
// process that started us is gone, stop too.
const parent = process.ppid
setInterval(() => process.ppid !== parent && stop('SIGTERM'), 500).unref()
taro.on('exit', (code, signal) => {
  if (stopping) return
  signalGroup('SIGKILL')
  console.error(`The Taro build stopped (${signal ?? `exit code ${code}`}).`)
  process.exit(code || 1)
})
// Last resort if this script dies of an error: no build left behind.
process.on('exit', () => signalGroup('SIGKILL'))
