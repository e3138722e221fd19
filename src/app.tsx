import type { PropsWithChildren } from 'react'
import { cancelScriptLinks } from '@/platform'
import './ui/weui'
import './ui/theme.css'

if (MOCK_GATEWAY) {
  // Dev and test builds only: the define is false in production, so the mock is dropped with this branch.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require('../mock/install').installMockGateway()
}

cancelScriptLinks()

export default function App({ children }: PropsWithChildren) {
  return children
}
