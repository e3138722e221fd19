import { Text } from '@tarojs/components'
import './Num.css'

/**
 * A number as residents read it — an amount, an ID, a masked card or phone — kept on one line: it wraps
 * before or after, never inside (issue 22). Text is never shrunk to make it fit.
 */
export function Num({ children, className }: { children: string; className?: string }) {
  return <Text className={className ? `num ${className}` : 'num'}>{children}</Text>
}
