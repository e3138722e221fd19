export default definePageConfig({ navigationBarTitleText: '解除本渠道关联' })
