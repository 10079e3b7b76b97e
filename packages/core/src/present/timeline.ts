import { conservative } from '../engine/duration'
import type { CompiledGuide } from '../schema/compiled'
import type { Duration, SourcedDuration } from '../schema/duration'
import type { Locale } from '../schema/localized'
import type { Evaluation } from '../schema/result'
import type { ClaimView, PlanEntry, TimelineEntry } from '../schema/view'
import type { Names } from './lookup'
import { words } from './messages'
import { formatDateRange, formatDuration } from './phrases'

const RANK: Record<TimelineEntry['kind'], number> = {
  remedy: 0,
  submission: 1,
  waiting: 2,
  completion: 3,
}
const FAR = '9999-12-31'

/** Chronological: by first day, then last day (an open end last), then remedy → submission → waits → completion. */
export function byDate(a: TimelineEntry, b: TimelineEntry): number {
  return (
    a.date.earliest.localeCompare(b.date.earliest) ||
    (a.date.latest ?? FAR).localeCompare(b.date.latest ?? FAR) ||
    RANK[a.kind] - RANK[b.kind]
  )
}

const sameValue = (a: Duration, b: Duration): boolean =>
  a.min === b.min && a.max === b.max && a.unit === b.unit

/** The claim a conservative reading picked, phrased as its source gives it. */
function pickedClaim(
  d: Extract<SourcedDuration, { disputed: unknown }>,
  leaning: 'shortest' | 'longest',
  locale: Locale,
): string {
  const pick = conservative(d, leaning)
  const claim = d.disputed.find((c) => sameValue(c.value, pick)) ?? d.disputed[0]!
  return formatDuration(claim.value, locale)
}

function claims(d: SourcedDuration, locale: Locale, names: Names): ClaimView[] {
  if (!('disputed' in d)) return []
  return d.disputed.map((c) => ({
    duration: formatDuration(c.value, locale),
    statement: c.statement[locale],
    source: names.source(c.source),
  }))
}

/**
 * One chronological list of what happens when: each remedy (from the day to start it to the day
 * it is done), submission, the end of each waiting period (a revocable window says until when
 * the reader may withdraw; a disputed one shows every claim and which one the dates use), and
 * completion with the platform's promise and where to complain past it. Each milestone once.
 */
export function timelineEntries(
  guide: CompiledGuide,
  result: Evaluation,
  plan: readonly PlanEntry[],
  locale: Locale,
  names: Names,
): TimelineEntry[] {
  const w = words(locale)
  const entries: TimelineEntry[] = []
  const byId = new Map(result.timeline.milestones.map((m) => [m.id, m]))
  for (const p of plan) {
    const date = {
      earliest: p.start.earliest,
      latest: p.done.latest,
      approximate: p.start.approximate || p.done.approximate,
    }
    entries.push({
      id: `remedy:${p.requirement}`,
      kind: 'remedy',
      title: p.title,
      date,
      text: p.when,
      notes: [],
      claims: [],
    })
  }
  const submission = result.timeline.submission
  entries.push({
    id: 'submission',
    kind: 'submission',
    title: w.submission,
    date: submission,
    text: formatDateRange(submission, locale),
    notes: [],
    claims: [],
  })
  for (const wait of guide.waitingPeriods) {
    const end = byId.get(`wait:${wait.id}`)
    if (!end) continue
    const notes: string[] = []
    const revokeBy = byId.get(`revoke:${wait.id}`)
    if (wait.revocable === true && revokeBy) {
      // A window of a fixed length has one deadline; one that may close any day between two dates
      // (a review of 0–15 working days) is said as such, not as its earliest day alone.
      const { earliest, latest, approximate } = revokeBy.date
      const day = (iso: string): string =>
        formatDateRange({ earliest: iso, latest: iso, approximate }, locale)
      // An open end (a remedy of no set time before submitting) is no deadline to hold on to.
      notes.push(
        latest === null
          ? w.revokeOpenEnded(day(earliest))
          : latest === earliest
            ? w.revokeUntil(day(earliest))
            : w.revokeWhileOpen(day(earliest), day(latest)),
      )
      if (wait.howToRevoke) notes.push(w.howToRevoke(wait.howToRevoke[locale]))
    } else notes.push(wait.revocable === false ? w.notRevocable : w.revocableUnknown)
    if ('disputed' in wait.duration) {
      const long = pickedClaim(wait.duration, 'longest', locale)
      notes.push(
        wait.revocable === true
          ? w.disputedRevocable(pickedClaim(wait.duration, 'shortest', locale), long)
          : w.disputedWait(long),
      )
    }
    entries.push({
      id: `wait:${wait.id}`,
      kind: 'waiting',
      title: w.waitEnds(wait.title[locale]),
      date: end.date,
      text: formatDateRange(end.date, locale),
      notes,
      claims: claims(wait.duration, locale, names),
    })
  }
  const completion = result.timeline.completion
  const promise = guide.legal.commitment
  const complaint = guide.legal.complaint.map(names.complaint)
  entries.push({
    id: 'completion',
    kind: 'completion',
    title: w.completion,
    date: completion,
    text: formatDateRange(completion, locale),
    notes: [
      ...(promise ? [promise.text[locale]] : []),
      ...(complaint.length ? [w.complainTo(w.list(complaint))] : []),
    ],
    claims: [],
  })
  return entries.sort(byDate)
}
