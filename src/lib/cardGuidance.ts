/**
 * What the seeds say to do about a lost or cancelled card, written once for every page that mentions
 * it: a telephone or online loss is temporary; the social-security function comes back only after a
 * written request at a counter (书面解挂); a replacement cannot be undone; the card's bank account is
 * reported lost separately, at the bank.
 */
export const LOSS_GUIDANCE = {
  stops: '临时挂失后，实体社保卡和电子社保卡立即停止使用，不能亮码、支付和查询。',
  lift: '电话或网上挂失是临时挂失。找回卡片后，需本人携带身份证到社保经办网点柜台书面解除挂失，社保功能才能恢复。',
  replace: '找不回的，可在本应用“实体社保卡”或到社保经办网点申请补卡；申请补卡后不能再解除挂失。',
} as const

/** The bank-account step of a loss: the card's bank if known. */
export function bankLossStep(bankName?: string): string {
  return `社保卡的银行账户需另外挂失：请拨打${bankName ?? '发卡银行'}的客服电话或到其网点办理，解除按银行的规定。`
}

export const CANCELLED_GUIDANCE = '请携带身份证到社保经办网点或合作银行补换新的社保卡，新卡启用后再申领电子社保卡。'

/**
 * The physical card's two functions are activated separately: the social-security one with the card
 * (change the initial PIN first), the financial one (the bank account) in person at the partner bank —
 * in Hefei within 30 days of receiving the card, or its social-security function is suspended.
 */
export function activationGuidance(cityId?: string): string {
  const deadline = cityId === 'hefei' ? '自领卡之日起 30 天内' : '尽快'
  return `实体社保卡的社保功能和金融功能分别启用：社保功能领卡即可使用；金融功能（银行账户）需本人${deadline}携带身份证和社保卡到合作银行网点启用${cityId === 'hefei' ? '，逾期社保功能将被暂停' : ''}。金融功能启用后，才能开通电子社保卡的缴费结算（二级签发）。`
}
