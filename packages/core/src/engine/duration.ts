import type { Duration, SourcedDuration } from '../schema/duration'
import { addDays, addMonths } from '../calendar/dates'
import { addWorkdays } from '../calendar/workdays'

/** Rough length in calendar days, only for ordering and scoring, never for dates. */
const DAYS_PER_UNIT = { minutes: 1 / 1440, hours: 1 / 24, days: 1, workdays: 7 / 5, months: 30, years: 365 }

export function approxDays(d: Duration, bound: 'min' | 'max'): number {
  const n = bound === 'min' ? d.min : (d.max ?? Number.POSITIVE_INFINITY)
  return n * DAYS_PER_UNIT[d.unit]
}

export type Leaning = 'shortest' | 'longest'

/**
 * Resolves a possibly disputed duration conservatively: the longest wait when asking when
 * something will be over, the shortest window when asking until when the reader may act.
 */
export function conservative(d: SourcedDuration, leaning: Leaning): Duration {
  if (!('disputed' in d)) return d
  // Longest: the largest upper bound (unknown = unbounded), then the largest lower bound.
  // Shortest: the smallest lower bound, then the smallest upper bound.
  const byLongest = (a: Duration, b: Duration): number =>
    approxDays(a, 'max') - approxDays(b, 'max') || approxDays(a, 'min') - approxDays(b, 'min')
  const byShortest = (a: Duration, b: Duration): number =>
    approxDays(a, 'min') - approxDays(b, 'min') || approxDays(a, 'max') - approxDays(b, 'max')
  const compare = (a: Duration, b: Duration): number => {
    const r = leaning === 'longest' ? byLongest(a, b) : byShortest(a, b)
    return Number.isNaN(r) ? 0 : r // Infinity − Infinity: equally unbounded
  }
  const values = d.disputed.map((c) => c.value)
  const pick = values.reduce((best, v) => (leaning === 'longest' ? compare(v, best) > 0 : compare(v, best) < 0) ? v : best)
  // A disputed figure is never exact: whichever side we take, the other source differs.
  return { ...(pick as Duration), approximate: true }
}

export interface DatePoint {
  date: string | null
  approximate: boolean
}

/**
 * The date `amount` units after `iso`. Sub-day durations round down for the earliest bound
 * (30 minutes can finish the same day) and up for the latest.
 */
export function addAmount(iso: string, amount: number, unit: Duration['unit'], round: 'down' | 'up'): DatePoint {
  const r = round === 'down' ? Math.floor : Math.ceil
  switch (unit) {
    case 'minutes':
      return { date: addDays(iso, r(amount / 1440)), approximate: false }
    case 'hours':
      return { date: addDays(iso, r(amount / 24)), approximate: false }
    case 'days':
      return { date: addDays(iso, r(amount)), approximate: false }
    case 'workdays':
      return addWorkdays(iso, r(amount))
    case 'months':
      return { date: addMonths(iso, r(amount)), approximate: false }
    case 'years':
      return { date: addMonths(iso, r(amount) * 12), approximate: false }
  }
}

/** Adds a duration's lower (`min`) or upper (`max`) bound; an unknown upper bound gives null. */
export function addDuration(iso: string, d: Duration, bound: 'min' | 'max'): DatePoint {
  const amount = bound === 'min' ? d.min : d.max
  if (amount === undefined) return { date: null, approximate: true }
  const r = addAmount(iso, amount, d.unit, bound === 'min' ? 'down' : 'up')
  return { date: r.date, approximate: r.approximate || d.approximate }
}
