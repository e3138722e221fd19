export default definePageConfig({ navigationBarTitleText: '社保卡密码激活' })
