/** The claim's slice of the contract: the precheck, level-1 issue, the bank account of level 2, and the physical card's PIN. */
import * as v from 'valibot'
import { fieldSchema as field, passwordSchema } from '@/lib/fields'
import { cardStanding } from '@/identity/api'
import { endpoint, id } from '@/gateway/schema'

export const claimEndpoints = {
  claimPrecheck: endpoint({
    method: 'POST',
    path: '/claim/precheck',
    summary: '申领前核对身份信息与实体卡状态，返回人脸核验流水号',
    auth: true,
    request: v.object({ name: field('name'), idNumber: field('idNumber'), phone: field('phone') }),
    response: v.object({ certifyId: id, phoneMasked: v.string() }),
    errors: ['IDENTITY_MISMATCH', 'NO_PHYSICAL_CARD', 'CARD_LOST', 'CARD_CANCELLED', 'ALREADY_ISSUED'],
  }),
  issue: endpoint({
    method: 'POST',
    path: '/card/issue',
    summary: '一级签发：设置电子社保卡密码，开通身份凭证和查询',
    auth: true,
    idempotent: true,
    request: v.object({ verificationToken: id, password: passwordSchema }),
    response: cardStanding,
    errors: ['VERIFICATION_REQUIRED', 'PASSWORD_WEAK', 'PASSWORD_SAME_AS_PIN', 'ALREADY_ISSUED', 'CARD_LOST', 'CARD_CANCELLED'],
  }),
  linkBank: endpoint({
    method: 'POST',
    path: '/card/bank',
    summary: '二级签发：关联社保卡银行账户，开通缴费结算',
    auth: true,
    idempotent: true,
    request: v.object({ bankCardNumber: field('bankCard'), phone: field('phone'), smsCode: field('smsCode') }),
    response: cardStanding,
    errors: ['NO_ECARD', 'SMS_WRONG', 'SMS_EXPIRED', 'BANK_NOT_ACTIVATED', 'BANK_PHONE_MISMATCH', 'BANK_CARD_MISMATCH', 'CARD_LOST'],
  }),
  pinChange: endpoint({
    method: 'POST',
    path: '/card/pin',
    summary: '实体社保卡社保密码修改（激活：把初始密码 123456 改掉）',
    auth: true,
    idempotent: true,
    request: v.object({ currentPin: passwordSchema, newPin: passwordSchema }),
    response: v.object({ pin: v.picklist(['initial', 'active', 'locked']) }),
    errors: ['PIN_WRONG', 'PIN_LOCKED', 'PIN_INITIAL_REFUSED', 'PASSWORD_WEAK', 'PASSWORD_SAME_AS_PIN', 'CARD_LOST', 'CARD_CANCELLED'],
  }),
} as const
