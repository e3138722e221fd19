import type { ResponseOf } from '@/gateway/contract'

type City = ResponseOf<'cities'>[number]
type Outlet = ResponseOf<'outlets'>[number]
type Notice = ResponseOf<'notices'>[number]

export const CITIES: City[] = [
  { id: 'taian', name: '泰安', province: '山东省', latitude: 36.2, longitude: 117.09, hotline: '12333' },
  { id: 'kunming', name: '昆明', province: '云南省', latitude: 24.88, longitude: 102.83, hotline: '12333' },
  { id: 'hefei', name: '合肥', province: '安徽省', latitude: 31.82, longitude: 117.23, hotline: '12333' },
]

/** A service opens an app page (`path`) or an allow-listed official website (`url`, through 即将离开本应用). */
type ServiceDef = { id: string; name: string; keywords: string[] } & ({ path: string } | { url: string })

export const CATEGORIES: { id: string; name: string; services: ServiceDef[] }[] = [
  {
    id: 'ecard',
    name: '电子社保卡',
    services: [
      { id: 'claim', name: '申领电子社保卡', keywords: ['申领', '领卡', '签发', '开通', '电子卡', '电子社保卡', '领取'], path: '/claim/wizard/index' },
      { id: 'show-code', name: '出示二维码', keywords: ['亮码', '二维码', '扫码', '身份凭证', '出示', '看病', '身份码'], path: '/code/show/index' },
      { id: 'scan', name: '扫一扫', keywords: ['主扫', '扫码登录', '自助机', '扫码'], path: '/code/scan/index' },
      { id: 'card-status', name: '我的电子社保卡', keywords: ['状态', '渠道', '解除关联', '解绑', '我的卡'], path: '/claim/status/index' },
      { id: 'family', name: '亲情服务', keywords: ['亲情', '家人', '父母', '老人', '孩子', '代办', '帮家人', '亲属'], path: '/family/index/index' },
      { id: 'bank', name: '开通缴费结算', keywords: ['二级签发', '银行卡', '金融账户', '结算', '缴费', '绑卡'], path: '/claim/bank/index' },
      {
        id: 'physical-card',
        name: '实体社保卡',
        keywords: ['实体卡', '申领社保卡', '办社保卡', '补卡', '换卡', '补换卡', '制卡进度', '领卡', '邮寄', '为孩子办卡', '金融账户激活'],
        path: '/card/index/index',
      },
      {
        id: 'pin',
        name: '社保卡密码激活',
        keywords: ['初始密码', '123456', '激活', '实体卡密码', '社保卡激活', '社保密码', '实体卡'],
        path: '/claim/pin/index',
      },
      {
        id: 'resident-medical-pay',
        name: '城乡居民医保缴费',
        keywords: ['居民医保', '医保缴费', '交医保', '缴医保', '医保卡充钱', '充钱', '新农合', '家人缴费', '代缴'],
        path: '/pay/index/index',
      },
    ],
  },
  {
    id: 'query',
    name: '社保查询',
    services: [
      {
        id: 'enrolment',
        name: '参保查询',
        keywords: ['参保', '五险', '养老', '医疗', '失业', '工伤', '生育', '参保证明', '社保记录'],
        path: '/records/index/index',
      },
      { id: 'contributions', name: '缴费记录', keywords: ['缴费', '社保缴费', '缴费明细', '交社保', '缴费年限'], path: '/records/contributions/index' },
      { id: 'medical', name: '医保个人账户', keywords: ['医保', '余额', '医保卡余额', '消费明细', '医保账户', '个人账户'], path: '/records/medical/index' },
      { id: 'pension', name: '养老金账户', keywords: ['养老', '养老金', '个人账户', '退休', '退休金'], path: '/records/pension/index' },
      { id: 'benefits', name: '待遇领取', keywords: ['待遇', '领取', '失业金', '报销', '失业保险金'], path: '/records/benefits/index' },
    ],
  },
  {
    id: 'medical',
    name: '医保服务',
    services: [
      {
        id: 'pharmacy-pay',
        name: '药店扫码支付',
        keywords: ['药店', '买药', '支付', '医保支付', '结算', '支付码', '付款'],
        path: '/code/show/index?kind=payment',
      },
    ],
  },
  {
    id: 'help',
    name: '卡片服务',
    services: [
      { id: 'outlets', name: '服务网点', keywords: ['网点', '市民中心', '经办', '地址', '营业时间', '柜台', '大厅', '办事'], path: '/outlets/list/index' },
      { id: 'loss', name: '临时挂失', keywords: ['挂失', '丢失', '丢卡', '卡丢了', '被偷', '找不到卡'], path: '/manage/loss/index' },
      { id: 'password', name: '修改密码', keywords: ['密码', '重置密码', '忘记密码', '改密码', '电子社保卡密码'], path: '/manage/password/index' },
    ],
  },
  {
    id: 'counter',
    name: '到网点办理',
    services: [
      { id: 'unlock-pin', name: '社保卡密码解锁', keywords: ['解锁', '密码锁了', '密码锁定', '输错密码'], path: '/outlets/list/index?service=unlock-pin' },
      { id: 'lift-loss', name: '解除挂失', keywords: ['解挂', '挂失解除', '书面解挂', '找到卡了', '卡找到了'], path: '/outlets/list/index?service=lift-loss' },
      {
        id: 'replace',
        name: '补换社保卡',
        keywords: ['补办', '补卡', '换卡', '补换卡', '卡坏了', '损坏', '换新卡'],
        path: '/outlets/list/index?service=replace',
      },
      {
        id: 'bank-activate',
        name: '金融账户启用',
        keywords: ['金融功能', '银行功能', '金融激活', '银行账户激活', '启用银行账户'],
        path: '/outlets/list/index?service=bank-activate',
      },
    ],
  },
  {
    id: 'national',
    name: '跨省通办',
    services: [
      {
        id: 'transfer',
        name: '社保转移',
        keywords: ['转社保', '社保关系转移', '养老保险转移', '转移接续', '跨省转移', '换城市工作', '回老家'],
        url: 'https://si.12333.gov.cn/',
      },
      {
        id: 'remote-medical',
        name: '异地就医备案',
        keywords: ['异地就医', '外地看病', '跨省就医', '备案', '异地报销', '医保备案', '去外地住院'],
        url: 'https://fuwu.nhsa.gov.cn/',
      },
    ],
  },
]

/** Services only some cities list (the national websites): any other city's catalogue leaves them out. */
export const ONLY_IN: Record<string, string[]> = {
  transfer: ['taian', 'hefei'],
  'remote-medical': ['kunming', 'hefei'],
}

/** What each city has switched on (the seeds: Tai'an identity, records and queries; Kunming also pharmacy pay). */
export const DISABLED_SERVICES: Record<string, string[]> = {
  taian: ['pharmacy-pay', 'pin'],
  kunming: ['pin'],
  hefei: ['pharmacy-pay', 'scan', 'resident-medical-pay'],
}

const WEEKDAYS = [1, 2, 3, 4, 5]
const office = (open = '08:30', close = '17:00') => [{ weekdays: WEEKDAYS, open, close }]
const withSaturday = [
  { weekdays: WEEKDAYS, open: '09:00', close: '17:30' },
  { weekdays: [6], open: '09:00', close: '12:00' },
]

export const OUTLETS: Record<string, Outlet[]> = {
  taian: [
    {
      id: 'ta-civic',
      name: '泰安市民中心',
      kind: 'civic-centre',
      district: '泰山区',
      address: '泰安市泰山区东岳大街 369 号',
      phone: '0538-6992333',
      latitude: 36.1948,
      longitude: 117.1302,
      hours: withSaturday,
      serviceIds: ['claim', 'pin', 'loss', 'bank', 'enrolment', 'unlock-pin', 'lift-loss', 'replace', 'bank-activate'],
    },
    {
      id: 'ta-si',
      name: '泰安市社会保险事业中心',
      kind: 'social-security',
      district: '泰山区',
      address: '泰安市泰山区灵山大街 1 号',
      phone: '0538-8226133',
      latitude: 36.1866,
      longitude: 117.1101,
      hours: office(),
      serviceIds: ['claim', 'pin', 'loss', 'enrolment', 'contributions', 'unlock-pin', 'lift-loss', 'replace'],
    },
    {
      id: 'ta-daiyue',
      name: '岱岳区社保经办大厅',
      kind: 'social-security',
      district: '岱岳区',
      address: '泰安市岱岳区长城路 88 号',
      phone: '0538-8531233',
      latitude: 36.1753,
      longitude: 117.0351,
      hours: office(),
      serviceIds: ['pin', 'loss', 'contributions', 'unlock-pin', 'lift-loss'],
    },
  ],
  kunming: [
    {
      id: 'km-civic',
      name: '昆明市民中心',
      kind: 'civic-centre',
      district: '呈贡区',
      address: '昆明市呈贡区锦绣大街 1 号',
      phone: '0871-63112333',
      latitude: 24.8808,
      longitude: 102.8327,
      hours: withSaturday,
      serviceIds: ['claim', 'pin', 'loss', 'bank', 'pharmacy-pay', 'unlock-pin', 'lift-loss', 'replace', 'bank-activate'],
    },
    {
      id: 'km-wuhua',
      name: '五华区人力资源和社会保障服务中心',
      kind: 'social-security',
      district: '五华区',
      address: '昆明市五华区人民中路 82 号',
      phone: '0871-63612333',
      latitude: 25.0427,
      longitude: 102.7063,
      hours: office('09:00', '17:00'),
      serviceIds: ['claim', 'loss', 'enrolment', 'contributions', 'lift-loss', 'replace'],
    },
    {
      id: 'km-panlong',
      name: '盘龙区人社服务大厅',
      kind: 'social-security',
      district: '盘龙区',
      address: '昆明市盘龙区北京路 1079 号',
      phone: '0871-65712333',
      latitude: 25.0632,
      longitude: 102.7216,
      hours: office('09:00', '17:00'),
      serviceIds: ['pin', 'loss', 'contributions', 'unlock-pin', 'lift-loss'],
    },
  ],
  hefei: [
    {
      id: 'hf-civic',
      name: '合肥市政务服务中心',
      kind: 'civic-centre',
      district: '包河区',
      address: '合肥市包河区东流路 100 号',
      phone: '0551-63538333',
      latitude: 31.7987,
      longitude: 117.2848,
      hours: withSaturday,
      serviceIds: ['claim', 'pin', 'loss', 'bank', 'enrolment', 'unlock-pin', 'lift-loss', 'replace', 'bank-activate'],
    },
    {
      id: 'hf-luyang',
      name: '庐阳区社保经办中心',
      kind: 'social-security',
      district: '庐阳区',
      address: '合肥市庐阳区濉溪路 248 号',
      phone: '0551-65697333',
      latitude: 31.8843,
      longitude: 117.2659,
      hours: office(),
      serviceIds: ['pin', 'loss', 'contributions', 'unlock-pin', 'lift-loss'],
    },
    {
      id: 'hf-bank',
      name: '合肥社保卡服务银行网点（金寨路）',
      kind: 'bank',
      district: '蜀山区',
      address: '合肥市蜀山区金寨路 162 号',
      phone: '0551-62653333',
      latitude: 31.8479,
      longitude: 117.2603,
      hours: office('09:00', '17:00'),
      serviceIds: ['bank', 'pin', 'bank-activate'],
    },
  ],
}

export const NOTICES: Record<string, Notice[]> = {
  taian: [
    {
      id: 'ta-1',
      title: '我市电子社保卡正式上线',
      date: '2026-10-12',
      body: '人社部统一签发的电子社保卡已在我市上线，市民可在线申领，用于身份凭证和社保查询。',
    },
    { id: 'ta-2', title: '国庆期间社保经办大厅办公时间调整', date: '2026-09-25', body: '10 月 1 日至 7 日暂停现场业务，线上服务照常。' },
  ],
  kunming: [
    {
      id: 'km-1',
      title: '电子社保卡药店扫码支付扩大试点',
      date: '2026-11-02',
      body: '健之佳、一心堂连锁药店的门店可使用电子社保卡二维码购药结算。',
    },
  ],
  hefei: [
    {
      id: 'hf-1',
      title: '提醒：社保卡初始密码须修改后才能结算',
      date: '2026-11-10',
      body: '社保卡社保账户初始密码为 123456，须修改后方可用于医疗费用结算；连续输错 10 次将被锁定，需到柜台解锁。',
    },
  ],
}
