import type { DateRange } from '../schema/result'
import type { Duration } from '../schema/duration'
import { maxIso } from '../calendar/dates'
import { addDuration } from './duration'

/** A single known day. */
export function day(iso: string): DateRange {
  return { earliest: iso, latest: iso, approximate: false }
}

/** The later of two ranges, bound by bound; an unknown latest bound stays unknown. */
export function later(a: DateRange, b: DateRange): DateRange {
  return {
    earliest: maxIso(a.earliest, b.earliest),
    latest: a.latest === null || b.latest === null ? null : maxIso(a.latest, b.latest),
    approximate: a.approximate || b.approximate,
  }
}

/** Shifts a range by a duration: earliest by its minimum, latest by its maximum. */
export function shift(r: DateRange, d: Duration): DateRange {
  const lo = addDuration(r.earliest, d, 'min')
  const hi = r.latest === null ? null : addDuration(r.latest, d, 'max')
  return {
    earliest: lo.date as string,
    latest: hi?.date ?? null,
    approximate: r.approximate || lo.approximate || (hi?.approximate ?? true),
  }
}
