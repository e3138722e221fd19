// The build replaces process.env.TARO_ENV; tests run the H5 branch of the platform adapter.
process.env.TARO_ENV = 'h5'
