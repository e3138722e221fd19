import type { PageUrl } from '@/lib/routes'

export const PROGRESS_URL: PageUrl = '/card/progress/index'
export const APPLY_URL: PageUrl = '/card/apply/index'
/** The e-card's loss report lives in card management (manage): linked by route only. */
export const LOSS_URL: PageUrl = '/manage/loss/index'
