/**
 * @module
 * Every full guide side by side, for the comparison page.
 */
import { defineLoader } from 'vitepress'
import { conservative } from '@deregister/core'
import type { Difficulty, Duration, Localized } from '@deregister/core'
import { guides } from '../lib/catalog'
import { waitOfKind } from '../lib/derive'
import type { DayRange } from '../lib/derive'

export interface CompareRow {
  id: string
  name: Localized
  difficulty: Pick<Difficulty, 'level' | 'score'>
  preconditions: number
  blockers: number
  review: DayRange | null
  coolingOff: DayRange | null
  /** True when any wait can be withdrawn; 'unknown' when none is known to be but the sources leave one open. */
  revocable: boolean | 'unknown'
  retention: { what: Localized; duration: Duration | null; disputed: boolean }[]
  reRegistration: { subject: string; rule: Localized }[]
}

declare const data: CompareRow[]
export { data }

export default defineLoader({
  load(): CompareRow[] {
    return guides().map((g) => ({
      id: g.id,
      name: g.name,
      difficulty: { level: g.difficulty.level, score: g.difficulty.score },
      preconditions: g.requirements.length,
      blockers: g.requirements.filter((r) => r.severity === 'blocker').length,
      review: waitOfKind(g, 'review'),
      coolingOff: waitOfKind(g, 'cooling-off'),
      revocable: g.waitingPeriods.some((w) => w.revocable === true) || (g.waitingPeriods.some((w) => w.revocable === 'unknown') ? 'unknown' : false),
      retention: g.retention.map((r) => ({
        what: r.what,
        duration: r.duration ? conservative(r.duration, 'longest') : null,
        disputed: !!r.duration && 'disputed' in r.duration,
      })),
      reRegistration: g.reRegistration.map((r) => ({ subject: r.subject, rule: r.rule })),
    }))
  },
})
