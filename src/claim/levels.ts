/** What each issuance level opens, worded for residents (used by the wizard, the bank page and the status page). */
export const LEVEL_INFO = {
  level1: {
    title: '一级签发',
    opens: ['身份凭证：在柜台、医院出示电子社保卡身份码', '查询：参保状态、缴费记录、个人账户、待遇领取'],
  },
  level2: {
    title: '二级签发（已开通缴费结算）',
    opens: ['缴费：在线缴纳社保费', '结算：药店、医院扫码支付，医保结算', '支付码：出示电子社保卡支付码'],
  },
} as const
