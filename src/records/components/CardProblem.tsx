import { Text, View } from '@tarojs/components'
import { Button } from '@/ui/Button'
import Taro from '@tarojs/taro'
import type { ErrorCode } from '@/gateway/errors'
import { ERROR_MESSAGES } from '@/gateway/errors'
import { bankLossStep, CANCELLED_GUIDANCE, LOSS_GUIDANCE } from '@/lib/cardGuidance'

/** The e-card states that stop every query, each with what the resident can do about it. */
export const CARD_PROBLEMS = ['NO_ECARD', 'CARD_LOST', 'CARD_CANCELLED'] as const satisfies readonly ErrorCode[]
export type CardProblemCode = (typeof CARD_PROBLEMS)[number]

export const isCardProblem = (code: ErrorCode): code is CardProblemCode => (CARD_PROBLEMS as readonly ErrorCode[]).includes(code)

const TITLES: Record<CardProblemCode, string> = {
  NO_ECARD: '领取电子社保卡后即可查询',
  CARD_LOST: '社保卡已挂失，暂时不能查询',
  CARD_CANCELLED: '社保卡已注销，不能查询',
}

const STEPS: Record<CardProblemCode, string[]> = {
  NO_ECARD: [
    '准备好本人身份证、实体社保卡和在银行预留的手机号',
    '填写姓名、身份证号和手机号，通过人脸识别或短信验证',
    '设置 6 位电子社保卡密码，即可查询参保和缴费信息',
  ],
  CARD_LOST: [LOSS_GUIDANCE.replace, bankLossStep()],
  CARD_CANCELLED: [CANCELLED_GUIDANCE],
}

/** No e-card, or the physical card lost or cancelled: what it means and what to do next. */
export function CardProblem({ code }: { code: CardProblemCode }) {
  return (
    <View className="card-problem" role="alert">
      <Text className="state-view__title">{TITLES[code]}</Text>
      <View className="card-problem__message">{ERROR_MESSAGES[code]}</View>
      <View className="card-problem__steps">
        {STEPS[code].map((step, i) => (
          <View key={step} className="card-problem__step">
            {`${i + 1}. ${step}`}
          </View>
        ))}
      </View>
      {code === 'NO_ECARD' ? (
        <Button className="weui-btn weui-btn_primary" ariaLabel="去领取电子社保卡" onClick={() => void Taro.navigateTo({ url: '/claim/wizard/index' })}>
          去领取电子社保卡
        </Button>
      ) : (
        <View className="hint">社保服务热线 12333</View>
      )}
    </View>
  )
}
