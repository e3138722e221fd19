import type { Channel, CardStatus } from '@/identity/api'
import type { CardStage } from '@/card/api'

/** Documented test values: any SMS code is this one; e-card holders' password; the physical card PIN. */
export const TEST_SMS_CODE = '246810'
export const TEST_ECARD_PASSWORD = '147258'
export const INITIAL_PIN = '123456'
export const TEST_CARD_PIN = '975310'

export type RecordsProfile = 'none' | 'normal' | 'long'

/** An application for a physical card the persona starts with; its current stage was reached `daysAgo` days ago. */
export interface SeedApplication {
  applicant: 'self' | 'child'
  kind: 'first' | 'replacement'
  stage: CardStage
  delivery: 'outlet' | 'mail'
  daysAgo: number
  photoRejected?: boolean
  /** The child a guardian applied for (its data lives here, in code, never in the mock's saved state). */
  child?: { name: string; idNumber: string }
}

/** The physical card: whether the persona holds one, and the applications under way. Absent: holds one, none under way. */
export interface PhysicalCardSeed {
  held: boolean
  applications: SeedApplication[]
}

export interface Persona {
  id: string
  label: string
  /** What a tester uses this persona for (README lists these). */
  purpose: string
  cityId: string
  name: string
  idNumber: string
  /** The phone reserved at the bank for the card's financial account. */
  phone: string
  bankCardNumber: string
  bankName: string
  status: CardStatus['status']
  channels: Channel[]
  passwordLocked: boolean
  pin: CardStatus['pin']
  bankActivated: boolean
  records: RecordsProfile
  /** First year of contributions. */
  since: number
  physicalCard?: PhysicalCardSeed
}

export const base = {
  /** Bound on this app's three platforms, so every persona works on each. */
  channels: ['weapp', 'alipay', 'h5'] as Channel[],
  passwordLocked: false,
  pin: 'active' as const,
  bankActivated: true,
  records: 'normal' as const,
  since: 2016,
}

export const PERSONAS: Persona[] = [
  {
    ...base,
    id: 'new',
    label: '新居民（未申领）',
    purpose: '从零申领：一级签发，再开通缴费结算（二级）',
    cityId: 'taian',
    name: '王建国',
    idNumber: '370902195803120013',
    phone: '13905381234',
    bankCardNumber: '6217001234567890122',
    bankName: '中国建设银行',
    status: 'none',
    channels: [],
  },
  {
    ...base,
    id: 'level1',
    label: '一级签发',
    purpose: '已领电子社保卡，可亮身份码、查询；可继续开通二级',
    cityId: 'taian',
    name: '李秀英',
    idNumber: '370902198507160022',
    phone: '13805386789',
    bankCardNumber: '6228480012345678010',
    bankName: '中国农业银行',
    status: 'level1',
    channels: ['weapp', 'alipay', 'h5', 'gov'],
  },
  {
    ...base,
    id: 'level2',
    label: '二级签发（昆明）',
    purpose: '身份码与支付码、药店扫码支付、主扫确认支付',
    cityId: 'kunming',
    name: '张志明',
    idNumber: '53010219720925003X',
    phone: '13708712345',
    bankCardNumber: '6212260000123456782',
    bankName: '中国工商银行',
    status: 'level2',
    channels: [...base.channels, 'city-app', 'bank'],
  },
  {
    ...base,
    id: 'lost',
    label: '实体卡已挂失',
    purpose: '电子社保卡停用：不能亮码、不能查询，提示到柜台或 12333 解挂',
    cityId: 'taian',
    name: '赵桂兰',
    idNumber: '370921198802280093',
    phone: '13605385678',
    bankCardNumber: '6230591009876543219',
    bankName: '中国银行',
    status: 'lost',
  },
  {
    ...base,
    id: 'cancelled',
    label: '社保卡已注销',
    purpose: '电子社保卡无法使用，提示补换新卡',
    cityId: 'hefei',
    name: '钱红梅',
    idNumber: '340104197805140117',
    phone: '13505516677',
    bankCardNumber: '6217998765432109870',
    bankName: '徽商银行',
    status: 'cancelled',
  },
  {
    ...base,
    id: 'locked',
    label: '电子社保卡密码已锁定',
    purpose: '亮码、改密被拒，引导人脸或短信重置密码',
    cityId: 'hefei',
    name: '孙立新',
    idNumber: '340104195508080067',
    phone: '13305512468',
    bankCardNumber: '6222021111222233334',
    bankName: '中国工商银行',
    status: 'level2',
    passwordLocked: true,
  },
  {
    ...base,
    id: 'bank-inactive',
    label: '银行账户未激活',
    purpose: '可完成一级签发；开通缴费结算时被拒，提示先到银行激活',
    cityId: 'kunming',
    name: '周丽华',
    idNumber: '530102196601010044',
    phone: '13888712233',
    bankCardNumber: '6217001234567890122',
    bankName: '中国建设银行',
    status: 'none',
    channels: [],
    bankActivated: false,
  },
  {
    ...base,
    id: 'initial-pin',
    label: '实体卡仍为初始密码',
    purpose: '社保卡密码激活：把 123456 改掉；连续输错 10 次锁定',
    cityId: 'hefei',
    name: '吴德胜',
    idNumber: '340102196406070089',
    phone: '13605519876',
    bankCardNumber: '6228480012345678010',
    bankName: '中国农业银行',
    status: 'level2',
    pin: 'initial',
  },
  {
    ...base,
    id: 'veteran',
    label: '参保 20 年以上',
    purpose: '缴费记录翻页到底、养老金逐年增长图',
    cityId: 'hefei',
    name: '郑国华',
    idNumber: '34010419751111006X',
    phone: '13955123456',
    bankCardNumber: '6212260000123456782',
    bankName: '中国工商银行',
    status: 'level2',
    records: 'long',
    since: 2003,
  },
  {
    ...base,
    id: 'no-records',
    label: '无任何记录',
    purpose: '各查询页的空状态',
    cityId: 'kunming',
    name: '陈小雨',
    idNumber: '530102199512300107',
    phone: '13708719988',
    bankCardNumber: '6230591009876543219',
    bankName: '中国银行',
    status: 'level1',
    records: 'none',
  },
  {
    ...base,
    id: 'no-card',
    label: '未持有实体社保卡',
    purpose: '首次申领实体社保卡（免费）：照片、银行、网点领取或邮寄',
    cityId: 'taian',
    name: '刘秀兰',
    idNumber: '370902196204150063',
    phone: '13905384321',
    bankCardNumber: '6217001234567890122',
    bankName: '中国建设银行',
    status: 'none',
    channels: [],
    physicalCard: { held: false, applications: [] },
  },
  {
    ...base,
    id: 'card-producing',
    label: '实体卡制作中',
    purpose: '进度时间线：已受理、照片审核已过、制卡中；测试面板推进到下一步',
    cityId: 'hefei',
    name: '马文静',
    idNumber: '340104198003030084',
    phone: '13505512345',
    bankCardNumber: '6217998765432109870',
    bankName: '徽商银行',
    status: 'none',
    channels: [],
    physicalCard: { held: false, applications: [{ applicant: 'self', kind: 'first', stage: 'producing', delivery: 'outlet', daysAgo: 10 }] },
  },
  {
    ...base,
    id: 'photo-rejected',
    label: '照片审核未通过',
    purpose: '照片被退回：看原因，重新拍摄后再提交（邮寄到家）',
    cityId: 'kunming',
    name: '杨春燕',
    idNumber: '530102198306120047',
    phone: '13708716543',
    bankCardNumber: '6230591009876543219',
    bankName: '中国银行',
    status: 'none',
    channels: [],
    physicalCard: {
      held: false,
      applications: [{ applicant: 'self', kind: 'first', stage: 'photo-review', delivery: 'mail', daysAgo: 2, photoRejected: true }],
    },
  },
  {
    ...base,
    id: 'card-ready',
    label: '实体卡待领取',
    purpose: '卡已到网点：带什么、去哪里、营业时间',
    cityId: 'hefei',
    name: '胡建军',
    idNumber: '340102199008180059',
    phone: '13605517788',
    bankCardNumber: '6228480012345678010',
    bankName: '中国农业银行',
    status: 'none',
    channels: [],
    physicalCard: { held: false, applications: [{ applicant: 'self', kind: 'first', stage: 'dispatched', delivery: 'outlet', daysAgo: 3 }] },
  },
  {
    ...base,
    id: 'card-collected',
    label: '已领卡，金融账户待激活',
    purpose: '领卡 12 天：30 天内到银行激活金融账户，还剩 18 天',
    cityId: 'taian',
    name: '孙国强',
    idNumber: '370902197009090071',
    phone: '13805381122',
    bankCardNumber: '6212260000123456782',
    bankName: '中国工商银行',
    status: 'level1',
    bankActivated: false,
    physicalCard: { held: true, applications: [{ applicant: 'self', kind: 'first', stage: 'bank-pending', delivery: 'outlet', daysAgo: 12 }] },
  },
  {
    ...base,
    id: 'card-replacing',
    label: '挂失后补卡制作中',
    purpose: '已挂失并申请补卡（已缴工本费）：不能再解除挂失；领新卡后电子社保卡重新关联',
    cityId: 'kunming',
    name: '周晓梅',
    idNumber: '530102198711200067',
    phone: '13708713344',
    bankCardNumber: '6212260000123456782',
    bankName: '中国工商银行',
    status: 'lost',
    physicalCard: { held: true, applications: [{ applicant: 'self', kind: 'replacement', stage: 'producing', delivery: 'outlet', daysAgo: 5 }] },
  },
  {
    ...base,
    id: 'card-guardian',
    label: '为子女申领（监护人）',
    purpose: '监护人为孩子申领：户口簿、监护关系；已为一个孩子申请（照片审核中）',
    cityId: 'kunming',
    name: '李建华',
    idNumber: '530102197903020058',
    phone: '13708715577',
    bankCardNumber: '6222021111222233334',
    bankName: '中国工商银行',
    status: 'level2',
    physicalCard: {
      held: true,
      applications: [
        { applicant: 'child', kind: 'first', stage: 'photo-review', delivery: 'mail', daysAgo: 1, child: { name: '李子轩', idNumber: '530102201805060039' } },
      ],
    },
  },
  {
    ...base,
    id: 'family',
    label: '亲情服务：已添加父母',
    purpose: '为母亲、父亲亮码、查询（亲情服务）',
    cityId: 'kunming',
    name: '张志芳',
    idNumber: '530102197505050040',
    phone: '13708715566',
    bankCardNumber: '6212260000123456782',
    bankName: '中国工商银行',
    status: 'level2',
  },
  {
    ...base,
    id: 'family-full',
    label: '亲情服务：亲属已满 8 人',
    purpose: '添加被拒（已达上限）；挂失、注销、密码锁定的亲属各有说明',
    cityId: 'kunming',
    name: '刘建平',
    idNumber: '530102197808080052',
    phone: '13708716677',
    bankCardNumber: '6212260000123456782',
    bankName: '中国工商银行',
    status: 'level2',
  },
  {
    ...base,
    id: 'elder',
    label: '老人：已授权两个子女',
    purpose: '谁可以为我代办，取消授权；换的新卡已到网点（子女在亲情服务查看进度）',
    cityId: 'kunming',
    name: '杨秀兰',
    idNumber: '530102194805060028',
    phone: '13708713311',
    bankCardNumber: '6212260000123456782',
    bankName: '中国工商银行',
    status: 'level1',
    physicalCard: { held: true, applications: [{ applicant: 'self', kind: 'replacement', stage: 'dispatched', delivery: 'outlet', daysAgo: 2 }] },
  },
  {
    ...base,
    id: 'guardian',
    label: '监护人：已添加未成年子女',
    purpose: '为孩子亮码、查询（监护关系由网关核实）',
    cityId: 'kunming',
    name: '刘强',
    idNumber: '530102198202020076',
    phone: '13708717788',
    bankCardNumber: '6212260000123456782',
    bankName: '中国工商银行',
    status: 'level2',
  },
  {
    ...base,
    id: 'pay-employer',
    label: '医保由单位缴纳',
    purpose: '居民医保缴费：本人已由单位缴纳（职工医保），母亲不在参保范围，无可缴人员',
    cityId: 'kunming',
    name: '刘建华',
    idNumber: '530102198005160010',
    phone: '13708716655',
    bankCardNumber: '6212260000123456782',
    bankName: '中国工商银行',
    status: 'level1',
  },
  {
    ...base,
    id: 'pay-closed',
    label: '不在缴费期',
    purpose: '居民医保缴费：缴费期尚未开始，页面说明何时开始',
    cityId: 'taian',
    name: '马秀兰',
    idNumber: '37090219900308004X',
    phone: '13805381122',
    bankCardNumber: '6228480012345678010',
    bankName: '中国农业银行',
    status: 'level1',
  },
  {
    ...base,
    id: 'pay-done',
    label: '本年度已缴费',
    purpose: '居民医保缴费：本人本年度已缴，有往年缴费记录和凭证',
    cityId: 'kunming',
    name: '杨志强',
    idNumber: '530102199206300010',
    phone: '13708713344',
    bankCardNumber: '6230591009876543219',
    bankName: '中国银行',
    status: 'level2',
  },
]

export const DEFAULT_PERSONA_ID = 'level2'

export function findPersona(id: string): Persona | undefined {
  return PERSONAS.find((p) => p.id === id)
}
