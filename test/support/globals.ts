// The build replaces process.env.TARO_ENV; tests run the H5 branch of the platform adapter.
process.env.TARO_ENV = 'h5'

// app.config.ts and page configs are read by the build; in tests they are plain objects.
Object.assign(globalThis, { defineAppConfig: <T>(config: T) => config, definePageConfig: <T>(config: T) => config })
