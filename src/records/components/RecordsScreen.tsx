import type { ReactNode } from 'react'
import { ActingFor } from '@/identity/ActingFor'
import type { PageUrl } from '@/lib/routes'
import { Screen } from '@/ui/Screen'

/** A records page: for the resident, or for the relative its route names (查看：母亲 杨*兰), with the person switcher. */
export function RecordsScreen({ page, children }: { page: PageUrl; children: ReactNode }) {
  return (
    <Screen>
      <ActingFor page={page} verb="查看">
        {children}
      </ActingFor>
    </Screen>
  )
}
