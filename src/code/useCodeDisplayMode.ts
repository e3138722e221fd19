import { useEffect } from 'react'
import { enterCodeDisplayMode } from '@/platform'

/**
 * While `active`: brightness up, screen kept on, capture protection (platform adapter). Restored when
 * `active` turns false (page hidden, result shown) or on unmount, even if entering was still pending.
 */
export function useCodeDisplayMode(active: boolean): void {
  useEffect(() => {
    if (!active) return
    let restore: (() => void) | null = null
    let left = false
    enterCodeDisplayMode().then(
      (restoreFn) => {
        if (left) restoreFn()
        else restore = restoreFn
      },
      () => undefined,
    )
    return () => {
      left = true
      restore?.()
    }
  }, [active])
}
