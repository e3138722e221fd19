/**
 * The mock's physical card: eligibility, the photo's signed upload (only a hash of the image is kept), the
 * applications and their production stages, the collection points (the outlets' data), the replacement.
 */
import { CARD_STAGES, PHOTO_MAX_BYTES, type CardApplication, type CardStage, type cardEndpoints } from '@/card/api'
import { maskIdNumber, maskName, maskPhone } from '@/lib/mask'
import { OUTLETS } from '../data/cities'
import type { Persona, SeedApplication } from '../data/personas'
import { hashSecret, nextId, own, type MockState } from '../state'
import type { Channel } from '@/identity/api'
import type { PlatformPayment } from '@/gateway/schema'
import { fail, knownCity, type HandlersOf } from './common'

const DAY_MS = 86_400_000
/** 工本费 of a replacement card, in fen. */
export const REPLACEMENT_FEE_FEN = 2000
const ACTIVATION_DAYS = 30
const PRODUCTION_DAYS = 30
const SLOT_LIFETIME_MS = 10 * 60_000

/** The partner banks (the seeds' list for Anhui) and their hotlines, for the bank account's loss report. */
export const PARTNER_BANKS = [
  { id: 'icbc', name: '中国工商银行', hotline: '95588' },
  { id: 'abc', name: '中国农业银行', hotline: '95599' },
  { id: 'boc', name: '中国银行', hotline: '95566' },
  { id: 'ccb', name: '中国建设银行', hotline: '95533' },
  { id: 'psbc', name: '中国邮政储蓄银行', hotline: '95580' },
  { id: 'hsb', name: '徽商银行', hotline: '96588' },
]

const isoDay = (ms: number) => new Date(ms + 8 * 3600_000).toISOString().slice(0, 10)

/** A request: `input` carries `onBehalfOf` when it is for a relative (亲情服务). */
type Ctx = { state: MockState; persona: Persona; now: number; input?: object }
type PhysicalCard = NonNullable<MockState['physicalCards']>[string]
type StoredApplication = PhysicalCard['applications'][number]

/** Whose physical card a request is about: the relative's id (`onBehalfOf`), or the resident's own. */
const whose = ({ input }: Ctx) => (input && 'onBehalfOf' in input && typeof input.onBehalfOf === 'string' ? input.onBehalfOf : 'self')

/** Counters that hand out cards: civic centres and social-security offices, not bank branches. */
const collectionPoints = (cityId: string) =>
  (OUTLETS[cityId] ?? [])
    .filter((outlet) => outlet.kind !== 'bank')
    .map(({ id, name, district, address, phone, latitude, longitude, hours }) => ({ id, name, district, address, phone, latitude, longitude, hours }))

function seeded(seed: SeedApplication, index: number, { persona, now }: Omit<Ctx, 'state'>): StoredApplication {
  const at = CARD_STAGES.indexOf(seed.stage)
  const reachedAt = now - seed.daysAgo * DAY_MS
  // Earlier stages a week apart, the current one `daysAgo` days ago; the bank account waits from the day of collection.
  const week = (i: number) => Math.min(i, CARD_STAGES.indexOf('collected'))
  const reached = CARD_STAGES.slice(0, at + 1).map((stage, i) => ({ stage, date: isoDay(reachedAt - (week(at) - week(i)) * 7 * DAY_MS) }))
  const acceptedAt = reachedAt - week(at) * 7 * DAY_MS
  const collected = reached.find((r) => r.stage === 'collected')
  const holderName = seed.child ? seed.child.name : persona.name
  return {
    id: `app-seed-${index + 1}`,
    applicant: seed.applicant,
    holderName: maskName(holderName),
    kind: seed.kind,
    bankName: persona.bankName,
    delivery:
      seed.delivery === 'outlet'
        ? { kind: 'outlet', point: collectionPoints(persona.cityId)[0] }
        : { kind: 'mail', region: regionOf(persona.cityId), streetMasked: '****路 ** 号', phoneMasked: maskPhone(persona.phone) },
    feeFen: seed.kind === 'replacement' ? REPLACEMENT_FEE_FEN : 0,
    payment: seed.kind === 'replacement' ? 'paid' : 'free',
    stage: seed.stage,
    reached,
    expectedBy: isoDay(acceptedAt + PRODUCTION_DAYS * DAY_MS),
    rejection: seed.photoRejected
      ? { stage: 'photo-review', reason: '照片背景不是白色，且头部偏小。请在白色墙面前重新拍摄正面免冠照片。', fix: 'retake-photo' }
      : undefined,
    courierNumber: seed.delivery === 'mail' && at >= CARD_STAGES.indexOf('dispatched') ? courierNumber(index) : undefined,
    activateBy: collected ? isoDay(Date.parse(collected.date) + ACTIVATION_DAYS * DAY_MS) : undefined,
    cancellable: at <= CARD_STAGES.indexOf('photo-review'),
    cancelled: false,
    photoId: `photo-seed-${index + 1}`,
  }
}

const REGIONS: Record<string, string> = { taian: '山东省 泰安市 泰山区', kunming: '云南省 昆明市 五华区', hefei: '安徽省 合肥市 蜀山区' }
const regionOf = (cityId: string) => REGIONS[cityId] ?? ''
const courierNumber = (n: number) => `SF13${String(70000000 + n * 7919).padStart(9, '0')}`

/** The persona's physical card, made on first use. */
function cardOf(ctx: Ctx): PhysicalCard {
  const { state, persona, now } = ctx
  const cards = (state.physicalCards ??= {})
  const seed = persona.physicalCard ?? { held: true, applications: [] }
  return (cards[whose(ctx)] ??= {
    held: seed.held,
    applications: seed.applications.map((a, i) => seeded(a, i, { persona, now })),
    uploads: {},
    photos: {},
    orders: {},
  })
}

const underWay = (a: StoredApplication) => !a.cancelled && CARD_STAGES.indexOf(a.stage) < CARD_STAGES.indexOf('collected')
const shown = ({ photoId: _photoId, ...application }: StoredApplication): CardApplication => application

function applicationOf(ctx: Ctx, applicationId: string): StoredApplication {
  return cardOf(ctx).applications.find((a) => a.id === applicationId) ?? fail('NOT_FOUND')
}

/** The app uploads before it applies: an unknown photo is a bad request. */
function requirePhoto(ctx: Ctx, photoId: string): void {
  if (!own(cardOf(ctx).photos, photoId)) fail('BAD_REQUEST')
}

/** Moves an application to `stage`, with the day; collection starts the bank's 30 days and re-links the e-card. */
function reach(ctx: Ctx, application: StoredApplication, stage: CardStage): void {
  const today = isoDay(ctx.now)
  application.stage = stage
  application.reached = [...application.reached.filter((r) => CARD_STAGES.indexOf(r.stage) < CARD_STAGES.indexOf(stage)), { stage, date: today }]
  application.cancellable = CARD_STAGES.indexOf(stage) <= CARD_STAGES.indexOf('photo-review')
  if (stage === 'dispatched' && application.delivery.kind === 'mail') application.courierNumber = courierNumber(ctx.state.seq)
  if (stage === 'collected') {
    application.activateBy = isoDay(ctx.now + ACTIVATION_DAYS * DAY_MS)
    if (application.applicant === 'self') relinkEcard(ctx)
  }
}

/** The new card in hand: the e-card (if the resident has one) now stands for it; its bank account waits for activation. */
function relinkEcard(ctx: Ctx): void {
  const { state } = ctx
  cardOf(ctx).held = true
  if (state.card.status === 'lost' || state.card.status === 'cancelled') {
    state.card.status = 'level1'
    state.card.bankLinked = false
  }
}

/** The tester panel's step: the newest application not yet 已启用 goes one stage on (a refused photo counts as passed). */
export function advanceCardApplication(ctx: Ctx): void {
  const application = [...cardOf(ctx).applications].reverse().find((a) => !a.cancelled && a.stage !== 'active' && a.payment !== 'unpaid')
  if (!application) return
  application.rejection = undefined
  reach(ctx, application, CARD_STAGES[CARD_STAGES.indexOf(application.stage) + 1])
}

export const cardHandlers: HandlersOf<typeof cardEndpoints> = {
  cardEligibility: (ctx) => {
    const { persona, input } = ctx
    const card = cardOf(ctx)
    const self = input.applicant === 'self'
    const busy = self && card.applications.some((a) => a.applicant === 'self' && underWay(a))
    const kind = self && card.held ? 'replacement' : 'first'
    return {
      eligible: !busy,
      refusal: busy ? 'in-progress' : undefined,
      kind,
      feeFen: kind === 'replacement' ? REPLACEMENT_FEE_FEN : 0,
      lossReported: self && ctx.state.card.status === 'lost',
      holder: self ? { name: maskName(persona.name), idNumberMasked: maskIdNumber(persona.idNumber), phoneMasked: maskPhone(persona.phone) } : undefined,
      cityId: persona.cityId,
      banks: PARTNER_BANKS.map(({ id, name }) => ({ id, name })),
    }
  },
  cardPhotoSlot: (ctx) => {
    const { input, now } = ctx
    if (input.bytes > PHOTO_MAX_BYTES) fail('PHOTO_TOO_LARGE')
    const uploadId = nextId(ctx.state, 'upload')
    const signature = hashSecret(`${uploadId}:${now}`)
    cardOf(ctx).uploads[uploadId] = { signatureHash: hashSecret(signature), maxBytes: PHOTO_MAX_BYTES, expiresAt: now + SLOT_LIFETIME_MS }
    return { uploadId, signature, maxBytes: PHOTO_MAX_BYTES, expiresAt: now + SLOT_LIFETIME_MS }
  },
  cardPhotoUpload: (ctx) => {
    const { input, now } = ctx
    const card = cardOf(ctx)
    const slot = own(card.uploads, input.uploadId)
    if (!slot || slot.signatureHash !== hashSecret(input.signature) || slot.expiresAt < now) return fail('UPLOAD_EXPIRED')
    const bytes = Math.floor((input.image.length * 3) / 4)
    if (bytes > slot.maxBytes) fail('PHOTO_TOO_LARGE')
    delete card.uploads[input.uploadId]
    const photoId = nextId(ctx.state, 'photo')
    // Only a digest: the image itself is neither kept nor logged.
    card.photos[photoId] = { hash: hashSecret(input.image), bytes }
    return { photoId }
  },
  cardApply: (ctx) => {
    const { input, persona } = ctx
    const card = cardOf(ctx)
    const self = input.applicant === 'self'
    if (self ? card.applications.some((a) => a.applicant === 'self' && underWay(a)) : !input.child) fail('NOT_ELIGIBLE')
    requirePhoto(ctx, input.photoId)
    const bank = PARTNER_BANKS.find((b) => b.id === input.bankId) ?? fail('BAD_REQUEST')
    const point =
      input.delivery.kind === 'outlet' ? collectionPoints(persona.cityId).find((p) => p.id === (input.delivery as { pointId: string }).pointId) : undefined
    if (input.delivery.kind === 'outlet' && !point) fail('BAD_REQUEST')
    const kind = self && card.held ? 'replacement' : 'first'
    const feeFen = kind === 'replacement' ? REPLACEMENT_FEE_FEN : 0
    const today = isoDay(ctx.now)
    const application: StoredApplication = {
      id: nextId(ctx.state, 'app'),
      applicant: input.applicant,
      holderName: maskName(self ? persona.name : (input.child?.name ?? '')),
      kind,
      bankName: bank.name,
      delivery:
        input.delivery.kind === 'mail'
          ? {
              kind: 'mail',
              region: input.delivery.region.join(' '),
              streetMasked: maskStreet(input.delivery.street),
              phoneMasked: maskPhone(input.delivery.phone),
            }
          : { kind: 'outlet', point: point! },
      feeFen,
      payment: feeFen ? 'unpaid' : 'free',
      stage: 'accepted',
      reached: [{ stage: 'accepted', date: today }],
      expectedBy: isoDay(ctx.now + PRODUCTION_DAYS * DAY_MS),
      cancellable: true,
      cancelled: false,
      photoId: input.photoId,
    }
    card.applications.push(application)
    return shown(application)
  },
  cardApplications: (ctx) => ({ applications: cardOf(ctx).applications.map(shown) }),
  cardProgress: (ctx) => shown(applicationOf(ctx, ctx.input.applicationId)),
  cardRetakePhoto: (ctx) => {
    const application = applicationOf(ctx, ctx.input.applicationId)
    requirePhoto(ctx, ctx.input.photoId)
    application.photoId = ctx.input.photoId
    application.rejection = undefined
    reach(ctx, application, 'photo-review')
    return shown(application)
  },
  cardCancel: (ctx) => {
    const application = applicationOf(ctx, ctx.input.applicationId)
    if (!application.cancellable) fail('NOT_CANCELLABLE')
    application.cancelled = true
    application.cancellable = false
    return shown(application)
  },
  cardCollectionPoints: ({ input }) => (knownCity(input.cityId), collectionPoints(input.cityId)),
  cardFeeOrder: (ctx) => {
    const application = applicationOf(ctx, ctx.input.applicationId)
    const card = cardOf(ctx)
    // One order per application: asked again (a retry, or already paid), the same order answers with its status.
    const orderId = Object.entries(card.orders).find(([, o]) => o.applicationId === application.id && o.status !== 'closed')?.[0] ?? nextId(ctx.state, 'order')
    const order = (card.orders[orderId] ??= { applicationId: application.id, amountFen: application.feeFen, status: 'unpaid' })
    return { orderId, amountFen: order.amountFen, status: order.status, payment: platformPaymentFor(ctx.channel, orderId, ctx.now) }
  },
  cardFeeOrderStatus: (ctx) => {
    const order = own(cardOf(ctx).orders, ctx.input.orderId) ?? fail('NOT_FOUND')
    return { orderId: ctx.input.orderId, amountFen: order.amountFen, status: order.status }
  },
  cardReplacement: (ctx) => {
    const bank = PARTNER_BANKS.find((b) => b.name === ctx.persona.bankName) ?? PARTNER_BANKS[0]
    return {
      lossReported: ctx.state.card.status === 'lost',
      bankName: bank.name,
      bankHotline: bank.hotline,
      replacementApplied: replacementApplied(ctx),
    }
  },
}

/** Each platform's reference to a card fee order carries its id after this prefix. */
const REFERENCE = 'card-fee-'

/** What the session's platform pays with: WeChat's requestPayment parameters, Alipay's trade number, H5's cashier. */
function platformPaymentFor(channel: Channel | null, orderId: string, now: number): PlatformPayment {
  const reference = `${REFERENCE}${orderId}`
  if (channel === 'weapp') {
    return {
      kind: 'wechat',
      timeStamp: String(Math.floor(now / 1000)),
      nonceStr: hashSecret(orderId),
      package: `prepay_id=${reference}`,
      signType: 'RSA',
      paySign: hashSecret(`sign:${reference}`),
    }
  }
  if (channel === 'alipay') return { kind: 'alipay', tradeNo: reference }
  return { kind: 'cashier', url: `https://cashier.esscard.example/pay?order=${reference}` }
}

/**
 * The payment platform's notice to the gateway (the testers' simulated payment, or a host test): the card fee
 * order the payment refers to is paid, and its application goes ahead. False when the payment is not for a card fee.
 */
export function settleCardFee(state: MockState, payment: PlatformPayment): boolean {
  const reference = payment.kind === 'wechat' ? payment.package : payment.kind === 'alipay' ? payment.tradeNo : payment.kind === 'cashier' ? payment.url : ''
  const orderId = reference.split(REFERENCE)[1]
  const card = Object.values(state.physicalCards ?? {}).find((c) => orderId !== undefined && own(c.orders, orderId))
  const order = card && orderId !== undefined ? own(card.orders, orderId) : undefined
  if (!card || !order || order.status !== 'unpaid') return false
  order.status = 'paid'
  const application = card.applications.find((a) => a.id === order.applicationId)
  if (application) application.payment = 'paid'
  return true
}

/** Whether the resident's own replacement is applied for (cardStatus says so too: the loss can no longer be lifted). */
export function replacementApplied(ctx: Ctx): boolean {
  return cardOf(ctx).applications.some((a) => a.applicant === 'self' && a.kind === 'replacement' && !a.cancelled)
}

const maskStreet = (street: string) => `${Array.from(street).slice(0, 2).join('')}****`
