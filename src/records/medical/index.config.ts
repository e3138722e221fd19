export default definePageConfig({ navigationBarTitleText: '医保个人账户', enablePullDownRefresh: true, onReachBottomDistance: 120 })
