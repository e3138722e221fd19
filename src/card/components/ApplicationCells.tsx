import { View } from '@tarojs/components'
import { useActingFor } from '@/identity/acting'
import { withQuery } from '@/lib/url'
import { isAppPath } from '@/lib/routes'
import { NavCell } from '@/ui/NavCell'
import type { CardApplication } from '../api'
import { PROGRESS_URL } from '../links'
import { APPLICANT_TEXT, KIND_TEXT, stageLabel } from '../stages'

function statusNote(application: CardApplication): string {
  if (application.cancelled) return '已撤销'
  if (application.payment === 'unpaid') return '待支付工本费'
  if (application.rejection) return '照片未通过，请重拍'
  return stageLabel(application.stage, application.delivery.kind)
}

/** An application's progress page, for whom the page acts (a relative's: `for`). */
function progressLink(id: string, onBehalfOf: string | undefined) {
  const url = withQuery(PROGRESS_URL, { id, for: onBehalfOf })
  return isAppPath(url) ? url : PROGRESS_URL
}

/** The applications of whom the page acts for, each opening its progress. */
export function ApplicationCells({ applications }: { applications: CardApplication[] }) {
  const { onBehalfOf } = useActingFor()
  return (
    <View className="weui-cells">
      {applications.map((a) => (
        <NavCell
          key={a.id}
          title={`${APPLICANT_TEXT[a.applicant]} · ${KIND_TEXT[a.kind]} · ${a.holderName}`}
          url={progressLink(a.id, onBehalfOf)}
          note={statusNote(a)}
        />
      ))}
    </View>
  )
}
