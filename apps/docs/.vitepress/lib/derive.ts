/**
 * @module
 * Figures derived from a guide for overviews (home, comparison, page header): never typed
 * by hand, always computed from the content.
 */
import { approxDays, conservative } from '@deregister/core'
import type { CompiledGuide, Duration, SourcedDuration } from '@deregister/core'

export interface DayRange {
  min: number
  /** null when a source gives no upper bound. */
  max: number | null
  approximate: boolean
}

function days(d: SourcedDuration): DayRange {
  const c = conservative(d, 'longest')
  const max = approxDays(c, 'max')
  return { min: approxDays(c, 'min'), max: Number.isFinite(max) ? max : null, approximate: c.approximate || c.unit === 'workdays' }
}

function sum(ranges: DayRange[]): DayRange {
  return ranges.reduce<DayRange>(
    (a, r) => ({
      min: a.min + r.min,
      max: a.max === null || r.max === null ? null : a.max + r.max,
      approximate: a.approximate || r.approximate,
    }),
    { min: 0, max: 0, approximate: false },
  )
}

/** Total wait after submitting, in days: the sum of every waiting period, longest reading. */
export function totalWait(g: Pick<CompiledGuide, 'waitingPeriods'>): DayRange {
  return sum(g.waitingPeriods.map((w) => days(w.duration)))
}

/** Wait of the periods of one kind (review, cooling-off), or null when there is none. */
export function waitOfKind(g: Pick<CompiledGuide, 'waitingPeriods'>, kind: string): DayRange | null {
  const periods = g.waitingPeriods.filter((w) => w.kind === kind)
  return periods.length ? sum(periods.map((w) => days(w.duration))) : null
}

/** How many claims the guide marks as disputed: durations and other disagreements. */
export function disputeCount(g: CompiledGuide): number {
  const disputed = (d?: SourcedDuration | Duration): boolean => !!d && 'disputed' in d
  const durations = [...g.waitingPeriods.map((w) => w.duration), ...g.retention.map((r) => r.duration)].filter(disputed)
  return durations.length + (g.disagreements ?? []).length
}
