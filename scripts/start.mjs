/**
 * npm start: the H5 app in development mode with the mock gateway, served on 127.0.0.1.
 * Tester controls: append ?persona=<id>&fault=<id>&latency=<ms> to the URL, or use the 测试 panel.
 */
import { spawn } from 'node:child_process'

const HOST = '127.0.0.1'
const PORT = 10086
const url = `http://${HOST}:${PORT}/`

const taro = spawn('npx', ['taro', 'build', '--type', 'h5', '--watch'], {
  env: { ...process.env, MOCK: '1', NODE_ENV: 'development' },
  stdio: ['ignore', 'pipe', 'inherit'],
})

let announced = false
taro.stdout.on('data', (chunk) => {
  process.stdout.write(chunk)
  if (!announced && /compiled/i.test(chunk.toString())) {
    announced = true
    console.log(`\n电子社保卡 H5 with the mock gateway: ${url}\n  e.g. ${url}?persona=new  ${url}?persona=level2&fault=timeout\n`)
  }
})
taro.on('exit', (code) => process.exit(code ?? 0))
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => taro.kill(signal))
