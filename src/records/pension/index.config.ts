export default definePageConfig({ navigationBarTitleText: '养老保险个人账户', enablePullDownRefresh: true })
