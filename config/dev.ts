import type { UserConfigExport } from '@tarojs/cli'

export const DEV_HOST = '127.0.0.1'
export const DEV_PORT = 10086

export default {
  logger: { quiet: false, stats: true },
  mini: {},
  h5: {
    devServer: { host: DEV_HOST, port: DEV_PORT, open: false },
  },
} satisfies UserConfigExport
