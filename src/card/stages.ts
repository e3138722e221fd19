/** The production timeline in words, and the days left to activate the bank account. */
import type { CardApplication, CardStage } from './api'

export function stageLabel(stage: CardStage, delivery: CardApplication['delivery']['kind']): string {
  const labels: Record<CardStage, string> = {
    accepted: '已受理',
    'photo-review': '照片审核',
    producing: '制卡中',
    dispatched: delivery === 'mail' ? '已寄出' : '待领取',
    collected: '已领取',
    'bank-pending': '金融账户待激活',
    active: '已启用',
  }
  return labels[stage]
}

const DAY_MS = 86_400_000
const SHANGHAI_OFFSET_MS = 8 * 3600_000

/** Whole days from today (in Shanghai) to `isoDate`, counting that day; 0 once it has passed. */
export function daysLeft(isoDate: string, nowMs: number): number {
  const today = Math.floor((nowMs + SHANGHAI_OFFSET_MS) / DAY_MS)
  const last = Math.floor(Date.parse(`${isoDate}T00:00:00Z`) / DAY_MS)
  return Math.max(0, last - today)
}

export const APPLICANT_TEXT = { self: '本人', child: '子女' } as const
export const KIND_TEXT = { first: '首次申领', replacement: '补换卡' } as const
