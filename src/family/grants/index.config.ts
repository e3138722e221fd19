export default definePageConfig({ navigationBarTitleText: '谁可以为我代办' })
