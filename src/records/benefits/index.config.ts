export default definePageConfig({ navigationBarTitleText: '待遇领取' })
