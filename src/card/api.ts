/**
 * The physical card's slice of the contract (实体社保卡): who may apply and what it costs, the photo's signed
 * upload, the application (for oneself or, as guardian, for a child), its production progress, the places
 * to collect it, and the replacement after a loss. A relative's applications and progress are followed with
 * `onBehalfOf` (亲情服务); applying, paying and changing an application stay with the person themselves.
 */
import * as v from 'valibot'
import { fieldSchema as field } from '@/lib/fields'
import { cityIdSchema } from '@/city/api'
import { addSlice } from '@/gateway/contract'
import { date, endpoint, epochMs, fen, forPerson, id, none, onBehalfOf, pathParam, platformPayment } from '@/gateway/schema'

/** The production timeline, in order; `dispatched` is 已寄出 when mailed, 待领取 when collected at an outlet. */
export const CARD_STAGES = ['accepted', 'photo-review', 'producing', 'dispatched', 'collected', 'bank-pending', 'active'] as const
export type CardStage = (typeof CARD_STAGES)[number]
const stageSchema = v.picklist(CARD_STAGES)

const openingHours = v.array(v.object({ weekdays: v.array(v.number()), open: v.string(), close: v.string() }))

const collectionPoint = v.object({
  id,
  name: v.string(),
  district: v.string(),
  address: v.string(),
  phone: v.string(),
  latitude: v.number(),
  longitude: v.number(),
  hours: openingHours,
})

/** Mailing: the region as the picker gives it (province, city, district), the street line, the recipient's phone. */
const mailing = v.object({
  kind: v.literal('mail'),
  region: v.pipe(v.array(v.pipe(v.string(), v.minLength(1))), v.minLength(3), v.maxLength(3)),
  street: v.pipe(v.string(), v.minLength(5), v.maxLength(60)),
  phone: field('phone'),
})

/** A 2-inch photo as JPEG, base64, at most this large (the device checks it before asking for a slot). */
export const PHOTO_MAX_BYTES = 2 * 1024 * 1024

export const applicationSchema = v.object({
  id,
  applicant: v.picklist(['self', 'child']),
  /** 王*国; the whole name is never sent back. */
  holderName: v.string(),
  kind: v.picklist(['first', 'replacement']),
  bankName: v.string(),
  delivery: v.variant('kind', [
    v.object({ kind: v.literal('outlet'), point: collectionPoint }),
    v.object({ kind: v.literal('mail'), region: v.string(), streetMasked: v.string(), phoneMasked: v.string() }),
  ]),
  feeFen: fen,
  payment: v.picklist(['free', 'unpaid', 'paid']),
  stage: stageSchema,
  /** The day each stage reached so far was reached. */
  reached: v.array(v.object({ stage: stageSchema, date })),
  /** When the card is expected at the outlet or in the post. */
  expectedBy: date,
  rejection: v.optional(v.object({ stage: stageSchema, reason: v.string(), fix: v.literal('retake-photo') })),
  courierNumber: v.optional(v.string()),
  /** The last day to activate the bank account (30 days from collection). */
  activateBy: v.optional(date),
  cancellable: v.boolean(),
  cancelled: v.boolean(),
})
export type CardApplication = v.InferOutput<typeof applicationSchema>
export type CollectionPoint = v.InferOutput<typeof collectionPoint>
export type Mailing = v.InferInput<typeof mailing>

const applicantSchema = v.picklist(['self', 'child'])

export const cardEndpoints = {
  cardEligibility: endpoint({
    method: 'GET',
    path: '/physical-card/eligibility',
    summary: '实体社保卡申领资格：本人（未持卡，或卡已挂失、损坏、过期）或监护人为子女申领；首次申领免费，补换卡收取工本费',
    auth: true,
    request: v.object({ applicant: applicantSchema }),
    response: v.object({
      eligible: v.boolean(),
      /** Why not: an application is already under way. */
      refusal: v.optional(v.literal('in-progress')),
      /** A replacement when the resident holds a card (lost, damaged or expired), else the first card. */
      kind: v.picklist(['first', 'replacement']),
      feeFen: fen,
      /** The card's social-security account is reported lost (a replacement may then give 丢失 as its cause). */
      lossReported: v.boolean(),
      /** The applicant as the gateway holds them (self only; a child is entered by the guardian). */
      holder: v.optional(v.object({ name: v.string(), idNumberMasked: v.string(), phoneMasked: v.string() })),
      cityId: v.string(),
      banks: v.array(v.object({ id, name: v.string() })),
    }),
    errors: [],
  }),
  cardPhotoSlot: endpoint({
    method: 'POST',
    path: '/physical-card/photo-slots',
    summary: '申请照片上传地址：一次性、限时、限大小的签名上传位置',
    auth: true,
    request: v.object({ bytes: v.pipe(v.number(), v.integer(), v.minValue(1)), width: v.number(), height: v.number() }),
    response: v.object({ uploadId: pathParam, signature: id, maxBytes: v.number(), expiresAt: epochMs }),
    errors: ['PHOTO_TOO_LARGE'],
  }),
  cardPhotoUpload: endpoint({
    method: 'POST',
    path: '/physical-card/photo-slots/{uploadId}',
    summary: '上传照片到签名位置（JPEG，base64）；网关只保存照片摘要用于制卡，审核后删除原图',
    auth: true,
    request: v.object({ uploadId: pathParam, signature: id, image: v.pipe(v.string(), v.minLength(1), v.regex(/^[A-Za-z0-9+/]+=*$/)) }),
    response: v.object({ photoId: id }),
    errors: ['PHOTO_TOO_LARGE', 'UPLOAD_EXPIRED'],
  }),
  cardApply: endpoint({
    method: 'POST',
    path: '/physical-card/applications',
    summary: '提交实体社保卡申领或补换卡申请（本人或子女）',
    auth: true,
    idempotent: true,
    request: v.object({
      applicant: applicantSchema,
      /** A child: their name, ID number and household register number, and that the applicant is their guardian. */
      child: v.optional(
        v.object({ name: field('name'), idNumber: field('idNumber'), householdNumber: v.pipe(v.string(), v.regex(/^\d{6,12}$/)), guardian: v.literal(true) }),
      ),
      /** A replacement's cause. */
      reason: v.optional(v.picklist(['lost', 'damaged', 'expired'])),
      photoId: id,
      bankId: id,
      delivery: v.variant('kind', [v.object({ kind: v.literal('outlet'), pointId: id }), mailing]),
    }),
    response: applicationSchema,
    errors: ['NOT_ELIGIBLE'],
  }),
  cardApplications: endpoint({
    method: 'GET',
    path: '/physical-card/applications',
    summary: '本人及所监护子女的实体卡申请与制卡进度（onBehalfOf：亲属的）',
    auth: true,
    request: forPerson,
    response: v.object({ applications: v.array(applicationSchema) }),
    errors: ['RELATIVE_NOT_ON_LIST'],
  }),
  cardProgress: endpoint({
    method: 'GET',
    path: '/physical-card/applications/{applicationId}',
    summary: '一份申请的制卡进度',
    auth: true,
    request: v.object({ onBehalfOf, applicationId: pathParam }),
    response: applicationSchema,
    errors: ['NOT_FOUND', 'RELATIVE_NOT_ON_LIST'],
  }),
  cardRetakePhoto: endpoint({
    method: 'POST',
    path: '/physical-card/applications/{applicationId}/photo',
    summary: '照片审核未通过时重新提交照片',
    auth: true,
    idempotent: true,
    request: v.object({ applicationId: pathParam, photoId: id }),
    response: applicationSchema,
    errors: ['NOT_FOUND'],
  }),
  cardCancel: endpoint({
    method: 'POST',
    path: '/physical-card/applications/{applicationId}/cancel',
    summary: '撤销申请（开始制卡前）',
    auth: true,
    idempotent: true,
    request: v.object({ applicationId: pathParam }),
    response: applicationSchema,
    errors: ['NOT_FOUND', 'NOT_CANCELLABLE'],
  }),
  cardCollectionPoints: endpoint({
    method: 'GET',
    path: '/physical-card/collection-points',
    summary: '可领取实体社保卡的网点',
    auth: true,
    request: v.object({ cityId: cityIdSchema }),
    response: v.array(collectionPoint),
    errors: ['CITY_UNKNOWN'],
  }),
  cardFeeOrder: endpoint({
    method: 'POST',
    path: '/physical-card/applications/{applicationId}/fee-order',
    summary: '补换卡工本费：为申请下单，返回本平台的支付参数（微信、支付宝或 H5 收银台）',
    auth: true,
    idempotent: true,
    request: v.object({ applicationId: pathParam }),
    response: v.object({ orderId: pathParam, amountFen: fen, status: v.picklist(['unpaid', 'paid', 'closed']), payment: platformPayment }),
    errors: ['NOT_FOUND'],
  }),
  cardFeeOrderStatus: endpoint({
    method: 'GET',
    path: '/physical-card/fee-orders/{orderId}',
    summary: '工本费订单状态（以网关为准，不只看平台的支付回调）',
    auth: true,
    request: v.object({ orderId: pathParam }),
    response: v.object({ orderId: pathParam, amountFen: fen, status: v.picklist(['unpaid', 'paid', 'closed']) }),
    errors: ['NOT_FOUND'],
  }),
  cardReplacement: endpoint({
    method: 'GET',
    path: '/physical-card/replacement',
    summary: '挂失与补换卡：社保账户是否已挂失、银行账户的挂失电话、是否已申请补卡（申请后不能再解除挂失）',
    auth: true,
    request: none,
    response: v.object({
      lossReported: v.boolean(),
      bankName: v.string(),
      bankHotline: v.string(),
      replacementApplied: v.boolean(),
    }),
    errors: [],
  }),
} as const

// Only the card sub-package calls these: they join the contract when it loads (see SubPackageSlices in contract.ts).
addSlice(cardEndpoints)
