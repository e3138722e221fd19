/**
 * The identity slice of the contract: the card's standing (who holds it, where it is bound — and unbinding a
 * channel —, its passwords' state) and the checks that prove who is asking (SMS code, face, the e-card password), each granting a one-time
 * verification token that the sensitive steps of other capabilities spend.
 */
import * as v from 'valibot'
import { fieldSchema as field, passwordSchema } from '@/lib/fields'
import { date, endpoint, forPerson, id, none } from '@/gateway/schema'

/**
 * Where an e-card is bound and used: this app's three platforms, and the other authorised channels the
 * seeds name (the city's 人社 app, a partner bank's mobile app, the national government service platform).
 */
export const channelSchema = v.picklist(['weapp', 'alipay', 'h5', 'city-app', 'bank', 'gov'])
const cardStatusSchema = v.picklist(['none', 'level1', 'level2', 'lost', 'cancelled'])
const SESSION_SMS_PURPOSES = ['claim', 'bank', 'reset', 'unbind', 'loss', 'family'] as const
const smsPurposeSchema = v.picklist(['login', ...SESSION_SMS_PURPOSES])
/** SMS sent inside a session (to the phone given, the card holder's, or for family the relative's own): every purpose but login. */
const sessionSmsPurposeSchema = v.picklist(SESSION_SMS_PURPOSES)

/** The card's standing: what cardStatus answers, and what the steps that change the card answer with. */
export const cardStanding = v.object({
  status: cardStatusSchema,
  /** e.g. 张*明; the whole name is never sent back. */
  holderName: v.optional(v.string()),
  idNumberMasked: v.optional(v.string()),
  cityId: v.string(),
  bankCardMasked: v.optional(v.string()),
  bankName: v.optional(v.string()),
  channels: v.array(v.object({ channel: channelSchema, name: v.string(), boundAt: date })),
  password: v.object({ locked: v.boolean(), attemptsLeft: v.number() }),
  pin: v.picklist(['initial', 'active', 'locked']),
  /** A lost card whose replacement is applied for: the loss can no longer be lifted. */
  replacementApplied: v.optional(v.boolean()),
})

const verification = v.object({ verificationToken: id })

/** 亲情服务: how a relative is related to the resident, from the resident's side. */
export const relationSchema = v.picklist(['parent', 'spouse', 'child', 'other'])
/** A person of 亲情服务, masked as the holder is (the masked ID keeps the digit that says 母亲 or 父亲). */
export const familyPerson = { relation: relationSchema, nameMasked: v.string(), idNumberMasked: v.string() }
export const relativeSchema = v.object({
  ...familyPerson,
  relativeId: id,
  status: cardStatusSchema,
  /** Whether the gateway lets the resident show this relative's payment code (by relationship). */
  paymentCode: v.boolean(),
})

export const identityEndpoints = {
  cardStatus: endpoint({
    method: 'GET',
    path: '/card',
    summary: '电子社保卡状态、签发级别、已关联渠道、密码状态',
    auth: true,
    request: forPerson,
    response: cardStanding,
    errors: ['SESSION_EXPIRED', 'RELATIVE_NOT_ON_LIST'],
  }),
  familyList: endpoint({
    method: 'GET',
    path: '/family',
    summary: '亲属列表',
    auth: true,
    request: none,
    response: v.object({ limit: v.number(), relatives: v.array(relativeSchema) }),
    errors: [],
  }),
  smsSend: endpoint({
    method: 'POST',
    path: '/sms/send',
    summary: '会话内发送短信验证码：发至所填手机号，或不填时发至持卡人预留手机号（同一用途 60 秒内不重发）',
    auth: true,
    request: v.object({ purpose: sessionSmsPurposeSchema, phone: v.optional(field('phone')) }),
    response: v.object({ cooldownSeconds: v.number(), phoneMasked: v.string() }),
    errors: ['SMS_COOLDOWN', 'RATE_LIMITED', 'BAD_REQUEST'],
  }),
  smsVerify: endpoint({
    method: 'POST',
    path: '/sms/verify',
    summary: '校验短信验证码，返回一次性核验令牌',
    auth: true,
    request: v.object({ purpose: smsPurposeSchema, code: field('smsCode') }),
    response: verification,
    errors: ['SMS_WRONG', 'SMS_EXPIRED'],
  }),
  faceStart: endpoint({
    method: 'POST',
    path: '/face/start',
    summary: '卡片管理（重置密码、挂失、解除关联）前开始人脸核验：核对本人姓名和身份证号，返回人脸核验流水号',
    auth: true,
    request: v.object({
      purpose: v.picklist(['reset', 'loss', 'unbind']),
      name: field('name'),
      idNumber: field('idNumber'),
    }),
    response: v.object({ certifyId: id }),
    errors: ['IDENTITY_MISMATCH', 'NO_ECARD'],
  }),
  faceResult: endpoint({
    method: 'POST',
    path: '/face/result',
    summary: '提交平台人脸核验结果，返回一次性核验令牌',
    auth: true,
    request: v.object({ certifyId: id, faceToken: id }),
    response: verification,
    errors: ['FACE_FAILED'],
  }),
  passwordVerify: endpoint({
    method: 'POST',
    path: '/card/password/verify',
    summary: '用电子社保卡密码核验身份（解除关联、挂失前）',
    auth: true,
    request: v.object({ password: passwordSchema }),
    response: verification,
    errors: ['PASSWORD_WRONG', 'PASSWORD_LOCKED', 'NO_ECARD', 'CARD_LOST', 'CARD_CANCELLED'],
  }),
  unbind: endpoint({
    method: 'POST',
    path: '/card/unbind',
    summary: '解除电子社保卡与一个渠道的关联',
    auth: true,
    idempotent: true,
    request: v.object({ verificationToken: id, channel: channelSchema }),
    response: cardStanding,
    errors: ['VERIFICATION_REQUIRED', 'NO_ECARD', 'NOT_FOUND'],
  }),
} as const

export type CardStatus = v.InferOutput<typeof cardStanding>
export type Channel = v.InferOutput<typeof channelSchema>
export type SmsPurpose = v.InferOutput<typeof smsPurposeSchema>
export type Relative = v.InferOutput<typeof relativeSchema>
