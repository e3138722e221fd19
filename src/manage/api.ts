/** The manage slice of the contract: the e-card password (change, reset) and the loss report. */
import * as v from 'valibot'
import { passwordSchema } from '@/lib/fields'
import { cardStanding } from '@/identity/api'
import { endpoint, id, ok } from '@/gateway/schema'

export const manageEndpoints = {
  passwordChange: endpoint({
    method: 'POST',
    path: '/card/password',
    summary: '修改电子社保卡密码（需原密码）',
    auth: true,
    idempotent: true,
    request: v.object({ oldPassword: passwordSchema, newPassword: passwordSchema }),
    response: ok,
    errors: ['PASSWORD_WRONG', 'PASSWORD_LOCKED', 'PASSWORD_WEAK', 'PASSWORD_SAME', 'PASSWORD_SAME_AS_PIN', 'NO_ECARD', 'CARD_LOST', 'CARD_CANCELLED'],
  }),
  passwordReset: endpoint({
    method: 'POST',
    path: '/card/password/reset',
    summary: '重置电子社保卡密码（人脸或短信核验后），同时解除锁定',
    auth: true,
    idempotent: true,
    request: v.object({ verificationToken: id, newPassword: passwordSchema }),
    response: ok,
    errors: ['VERIFICATION_REQUIRED', 'PASSWORD_WEAK', 'PASSWORD_SAME_AS_PIN', 'NO_ECARD'],
  }),
  reportLoss: endpoint({
    method: 'POST',
    path: '/card/loss',
    summary: '临时挂失（电子社保卡随之停用）',
    auth: true,
    idempotent: true,
    request: v.object({ verificationToken: id }),
    response: cardStanding,
    errors: ['VERIFICATION_REQUIRED', 'NO_ECARD', 'CARD_LOST', 'CARD_CANCELLED'],
  }),
} as const
