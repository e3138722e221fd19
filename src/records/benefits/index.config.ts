export default definePageConfig({ navigationBarTitleText: '待遇领取', enablePullDownRefresh: true })
