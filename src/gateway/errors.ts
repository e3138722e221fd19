/**
 * The one catalogue of gateway error codes, each with the message a resident reads. The gateway sends
 * `code` in the envelope; the app shows this catalogue's message (never the gateway's raw text), so the
 * wording stays consistent and in plain Chinese. The last group is raised by the client itself.
 */
import { LOSS_GUIDANCE } from '@/lib/cardGuidance'

export const ERROR_MESSAGES = {
  BAD_REQUEST: '提交的信息有误，请检查后再试',
  SESSION_EXPIRED: '登录已过期，请重新进入',
  UNAUTHORIZED: '请先登录',
  NOT_FOUND: '没有找到相关信息',
  RATE_LIMITED: '操作太频繁，请稍后再试',
  SERVER_ERROR: '服务暂时不可用，请稍后再试',
  SERVICE_DISABLED: '本市暂未开通此项服务',
  CITY_UNKNOWN: '暂不支持该城市',

  IDENTITY_MISMATCH: '姓名、身份证号或手机号与社保卡登记信息不一致，请核对',
  NO_PHYSICAL_CARD: '未查到您的实体社保卡，请先到社保经办网点或合作银行申领实体卡',
  CARD_LOST: `您的社保卡已挂失，电子社保卡暂停使用。${LOSS_GUIDANCE.lift}`,
  CARD_CANCELLED: '您的社保卡已注销，电子社保卡无法使用。请到社保经办网点补换新卡',
  ALREADY_ISSUED: '您已领取电子社保卡，无需重复申领',
  CHANNEL_UNBOUND: '本渠道已解除与电子社保卡的关联，不能出示二维码。如需在这里使用，请重新申领',
  NO_ECARD: '您还没有领取电子社保卡',
  NOT_LEVEL_2: '需要先开通缴费结算功能（关联社保卡银行账户）',

  SMS_COOLDOWN: '验证码已发送，请稍后再重新获取',
  SMS_WRONG: '短信验证码不正确，请重新输入',
  SMS_EXPIRED: '短信验证码已过期，请重新获取',
  FACE_FAILED: '人脸识别未通过，请重试或改用短信验证',
  VERIFICATION_REQUIRED: '请先完成身份核验',

  PASSWORD_WRONG: '电子社保卡密码不正确',
  PASSWORD_LOCKED: '密码错误次数过多，电子社保卡密码已锁定。请通过人脸或短信验证重置密码',
  PASSWORD_WEAK: '密码过于简单，请换一个',
  PASSWORD_SAME: '新密码不能与原密码相同',
  PASSWORD_SAME_AS_PIN: '电子社保卡密码不能与社保卡密码相同，请换一个',

  BANK_NOT_ACTIVATED: '社保卡的金融功能（银行账户）尚未启用。它和社保功能分开启用：请本人携带身份证和社保卡到社保卡所属银行网点启用后再开通',
  BANK_PHONE_MISMATCH: '手机号与银行预留手机号不一致。请到社保卡所属银行更新预留手机号后再试',
  BANK_CARD_MISMATCH: '银行卡号与您的社保卡金融账户不一致，请核对卡面上的银行卡号',

  PIN_WRONG: '社保卡密码不正确',
  PIN_LOCKED: '社保卡密码已锁定（连续输错 10 次）。请携带身份证和社保卡到社保经办网点柜台解锁',
  PIN_INITIAL_REFUSED: '新密码不能是初始密码 123456，初始密码不能用于医保结算',

  RELATIVE_NOT_ON_LIST: '对方不在您的亲属名单中',
  RELATIVE_NO_CARD: '对方还没有领取电子社保卡',
  FAMILY_FULL: '亲属人数已达上限',
  RELATIVE_GRANTS_FULL: '对方的代办人数已满',
  CONSENT_EXPIRED: '亲属同意已超时',
  GUARDIAN_UNCONFIRMED: '未能核实您是其监护人',
  RELATIVE_NO_PAY: '只能为对方出示身份码',

  CODE_EXPIRED: '二维码已失效，请刷新',
  CODE_USED: '二维码已使用，请刷新',
  TICKET_UNKNOWN: '无法识别这个二维码，请扫描社保服务终端上的二维码',
  TICKET_EXPIRED: '二维码已过期，请在终端上刷新后重新扫描',

  PHOTO_TOO_LARGE: '照片超过 2 MB，请换一张',
  UPLOAD_EXPIRED: '上传已超时，请重新上传',
  NOT_ELIGIBLE: '已有一份申请在办理中',
  NOT_CANCELLABLE: '已开始制卡，不能撤销',
  PAY_WINDOW_CLOSED: '现在不在缴费期内，暂不能缴费',
  PAY_ALREADY_PAID: '所选人员本年度已缴费，无需重复缴纳',
  PAY_ORDER_OPEN: '已有待支付的订单，请先继续支付或取消该订单',
  ORDER_CLOSED: '订单已关闭，请重新选择人员缴费',

  NETWORK_OFFLINE: '网络未连接，请检查网络后重试',
  TIMEOUT: '网络超时，请稍后重试',
  MALFORMED_RESPONSE: '服务返回了无法识别的数据，请稍后重试',
  CONTRACT_VIOLATION: '服务返回的数据不完整，请稍后重试',
} as const

export type ErrorCode = keyof typeof ERROR_MESSAGES

/** Faults that a retry may cure; the UI offers 重试 for these. */
const RETRYABLE: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  'SERVER_ERROR',
  'RATE_LIMITED',
  'NETWORK_OFFLINE',
  'TIMEOUT',
  'MALFORMED_RESPONSE',
  'CONTRACT_VIOLATION',
  'SESSION_EXPIRED',
])

export class GatewayError extends Error {
  readonly code: ErrorCode
  readonly traceId?: string
  /** Extra facts the gateway attached (attempts left, seconds to wait). */
  readonly details: Readonly<Record<string, number>>
  /** Which rule was broken (PASSWORD_WEAK: a rule id of src/lib/password.ts, whose message the keypad shows). */
  readonly reason?: string

  constructor(code: ErrorCode, options: { traceId?: string; details?: Record<string, number>; reason?: string } = {}) {
    super(ERROR_MESSAGES[code])
    this.name = 'GatewayError'
    this.code = code
    this.traceId = options.traceId
    this.details = options.details ?? {}
    this.reason = options.reason
  }

  get retryable(): boolean {
    return RETRYABLE.has(this.code)
  }
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(ERROR_MESSAGES, value)
}

/** The message for anything thrown at the UI: a gateway error's own, otherwise a generic one. */
export function messageOf(error: unknown): string {
  return error instanceof GatewayError ? error.message : ERROR_MESSAGES.SERVER_ERROR
}
