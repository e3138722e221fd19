export default definePageConfig({ navigationBarTitleText: '实体社保卡' })
