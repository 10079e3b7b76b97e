import { approxDays, conservative } from '../engine/duration'
import type { Duration, SourcedDuration } from '../schema/duration'
import type { Locale } from '../schema/localized'
import type { ClaimView } from '../schema/view'
import type { Names } from './lookup'
import { formatDuration } from './phrases'

/** A possibly disputed duration as a reader sees it: the figure the dates use, and every claim. */
export interface SourcedDurationView {
  text: string
  claims: ClaimView[]
  note?: string
}

export function sourcedDuration(d: SourcedDuration, leaning: 'shortest' | 'longest', locale: Locale, names: Names): SourcedDurationView {
  if (!('disputed' in d)) return { text: formatDuration(d, locale), claims: [] }
  return {
    text: formatDuration(conservative(d, leaning), locale),
    claims: d.disputed.map((c) => ({ duration: formatDuration(c.value, locale), statement: c.statement[locale], source: names.source(c.source) })),
    ...(d.note ? { note: d.note[locale] } : {}),
  }
}

/**
 * Several waits in a row as one figure in calendar days, for overviews (home page, comparison):
 * each read conservatively (longest), working days counted as 7/5 days, so the sum is approximate
 * whenever a part is. Zero periods give "立即 / right away".
 */
export function totalWait(durations: readonly SourcedDuration[], locale: Locale): string {
  let min = 0
  let max: number | undefined = 0
  let approximate = false
  for (const d of durations) {
    const c = conservative(d, 'longest')
    min += approxDays(c, 'min')
    const hi = approxDays(c, 'max')
    max = max === undefined || !Number.isFinite(hi) ? undefined : max + hi
    approximate ||= c.approximate || c.unit === 'workdays' || c.unit === 'months'
  }
  const round = (n: number): number => (n < 1 ? Math.round(n * 10) / 10 : Math.round(n))
  const total: Duration = { min: round(min), ...(max === undefined ? {} : { max: round(max) }), unit: 'days', approximate }
  return formatDuration(total, locale)
}
