import { Text, View } from '@tarojs/components'
import { formatDate } from '@/lib/format'
import { CARD_STAGES, type CardApplication } from '../api'
import { stageLabel } from '../stages'

/** What a stage not reached yet says: the expected date for the card, nothing for the steps after it. */
function pendingNote(application: CardApplication, index: number): string | null {
  if (index === CARD_STAGES.indexOf('dispatched'))
    return `预计 ${formatDate(application.expectedBy)} 前${application.delivery.kind === 'mail' ? '寄出' : '可领取'}`
  return null
}

/**
 * The production timeline: every stage in order, done ones with their day, the current one marked (and, when
 * refused, why), the ones to come greyed with the expected date where there is one.
 */
export function Timeline({ application }: { application: CardApplication }) {
  const current = CARD_STAGES.indexOf(application.stage)
  const finished = application.stage === 'active'
  return (
    <View className="card-timeline" role="list" ariaLabel="制卡进度">
      {CARD_STAGES.map((stage, index) => {
        const reached = application.reached.find((r) => r.stage === stage)
        const rejected = application.rejection?.stage === stage
        const state = rejected ? 'rejected' : index < current || (finished && index === current) ? 'done' : index === current ? 'current' : 'todo'
        const label = stageLabel(stage, application.delivery.kind)
        const note = state === 'todo' ? pendingNote(application, index) : null
        return (
          <View
            key={stage}
            className={`card-timeline__item card-timeline__item--${state}`}
            role="listitem"
            aria-current={state === 'current' || state === 'rejected' ? 'step' : undefined}
          >
            <View className="card-timeline__dot" aria-hidden>
              {state === 'done' ? '✓' : state === 'rejected' ? '!' : ''}
            </View>
            <View className="card-timeline__body">
              <Text className="card-timeline__label">
                {label}
                {state === 'current' ? '（当前）' : state === 'rejected' ? '（未通过）' : ''}
              </Text>
              {reached ? <Text className="card-timeline__date">{formatDate(reached.date)}</Text> : null}
              {note ? <Text className="card-timeline__date">{note}</Text> : null}
              {stage === 'dispatched' && application.courierNumber && reached ? (
                <Text className="card-timeline__date">快递单号 {application.courierNumber}</Text>
              ) : null}
              {rejected && application.rejection ? <Text className="card-timeline__reason">{application.rejection.reason}</Text> : null}
            </View>
          </View>
        )
      })}
    </View>
  )
}
