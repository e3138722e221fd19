export default definePageConfig({ navigationBarTitleText: '添加亲属' })
