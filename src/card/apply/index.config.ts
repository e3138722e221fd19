export default definePageConfig({ navigationBarTitleText: '申领实体社保卡' })
