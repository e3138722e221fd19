export default definePageConfig({ navigationBarTitleText: '城乡居民医保缴费' })
