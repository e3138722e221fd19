export default definePageConfig({ navigationBarTitleText: '制卡进度' })
