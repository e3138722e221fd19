import { create } from 'zustand'
import { forgetAtSignOut } from '@/stores/resident'
import { useSession } from '@/stores/session'
import type { ShownCode } from './components/LiveCode'

/** The last code shown and when the password unlocked it. */
export interface UnlockedCode {
  codeId: string
  kind: ShownCode['kind']
  unlockedAt: number
  /** The relative it was shown for (亲情服务); a biometric renewal is for the same person only. */
  onBehalfOf?: string
}

interface LastCodeState {
  lastCode: UnlockedCode | null
  unlocked(code: UnlockedCode): void
  /** The code was renewed (refreshed or switched to the other kind) within the same unlock. */
  renewed(code: Pick<ShownCode, 'codeId' | 'kind'>): void
  forget(): void
}

/**
 * The last code shown in this app session, in memory only (never persisted): WeChat's biometric check
 * can renew it with codeRefresh instead of asking for the password again.
 */
export const useLastCode = create<LastCodeState>()((set) => ({
  lastCode: null,
  unlocked: (lastCode) => set({ lastCode }),
  renewed: ({ codeId, kind }) => set(({ lastCode }) => ({ lastCode: lastCode && { ...lastCode, codeId, kind } })),
  forget: () => set({ lastCode: null }),
}))

forgetAtSignOut(() => useLastCode.getState().forget())
// Another resident signed in, or the session ended without a sign-out: the last code is not theirs.
useSession.subscribe((session, before) => {
  if (session.subject !== before.subject) useLastCode.getState().forget()
})
