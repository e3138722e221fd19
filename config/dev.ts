import type { UserConfigExport } from '@tarojs/cli'

/** npm start's address; Taro moves to the next free port when this one is busy (scripts/start.mjs prints the real one). */
export const DEV_HOST = '127.0.0.1'
export const DEV_PORT = Number(process.env.DEV_PORT ?? 10086)

export default {
  logger: { quiet: true, stats: false },
  // Webpack's persistent cache (node_modules/.cache/webpack) for development builds on a contributor's machine only:
  // CI and production builds always build from scratch.
  cache: { enable: !process.env.CI },
  mini: {},
  h5: {
    devServer: { host: DEV_HOST, port: DEV_PORT, open: false },
  },
} satisfies UserConfigExport
