/** Field checks shared by every form; each returns the message to show, or null when fine. */
export function checkName(input: string): string | null {
  const name = input.trim()
  if (name === '') return '请输入姓名'
  if (!/^[\u4e00-\u9fa5·]{2,20}$/.test(name)) return '请输入与身份证一致的中文姓名'
  return null
}

export function checkPhone(input: string): string | null {
  const phone = input.trim()
  if (phone === '') return '请输入手机号'
  if (!/^1[3-9]\d{9}$/.test(phone)) return '请输入 11 位手机号'
  return null
}

export function checkSmsCode(input: string): string | null {
  if (input.trim() === '') return '请输入短信验证码'
  if (!/^\d{6}$/.test(input.trim())) return '验证码为 6 位数字'
  return null
}
