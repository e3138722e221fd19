export default definePageConfig({ navigationBarTitleText: '临时挂失' })
