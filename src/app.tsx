import type { PropsWithChildren } from 'react'
import { cancelScriptLinks } from '@/platform'
import './ui/weui'
import './ui/theme.css'

cancelScriptLinks()

export default function App({ children }: PropsWithChildren) {
  return children
}
