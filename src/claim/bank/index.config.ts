export default definePageConfig({ navigationBarTitleText: '开通缴费结算' })
