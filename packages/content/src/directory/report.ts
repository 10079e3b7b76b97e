/** What the importer did with a field or an entry, and why. */
export const REASONS = {
  // the entry is not emitted
  'invalid-entry': 'skipped',
  'missing-name': 'skipped',
  'missing-url': 'skipped',
  'invalid-url': 'skipped',
  'duplicate-entry': 'skipped',
  'schema-rejected': 'skipped',
  // the entry is emitted without this part
  'invalid-grade': 'dropped',
  'invalid-domain': 'dropped',
  'duplicate-domain': 'dropped',
  'invalid-localized-url': 'dropped',
  'invalid-email': 'dropped',
  'email-without-address': 'dropped',
  'empty-field': 'dropped',
  'duplicate-language': 'dropped',
  'ignored-field': 'dropped',
  // the entry is emitted with a repaired value
  'domain-normalized': 'fixed',
  'email-normalized': 'fixed',
  'slug-fallback': 'fixed',
  'duplicate-slug': 'fixed',
  // the entry becomes part of one of our guides
  'merged-into-guide': 'merged',
} as const

export type ImportReason = keyof typeof REASONS
export type ImportAction = (typeof REASONS)[ImportReason]

export interface ImportNote {
  /** Position of the service in the source list. */
  index: number
  name: string
  reason: ImportReason
  action: ImportAction
  detail: string
}

export interface ImportReport {
  /** Services in the source list. */
  read: number
  /** Link-level entries emitted. */
  links: number
  /** Services folded into one of our guides instead of being emitted. */
  merged: number
  /** Services not emitted at all; `read === links + merged + skipped`. */
  skipped: number
  counts: Partial<Record<ImportReason, number>>
  notes: ImportNote[]
}

export type Note = (index: number, name: string, reason: ImportReason, detail: string) => void

/** Collects notes; `report()` adds the totals. */
export function createNotes(): { note: Note; notes: ImportNote[] } {
  const notes: ImportNote[] = []
  const note: Note = (index, name, reason, detail) => void notes.push({ index, name, reason, action: REASONS[reason], detail })
  return { note, notes }
}

export function summarizeNotes(read: number, links: number, notes: ImportNote[]): ImportReport {
  const counts: Partial<Record<ImportReason, number>> = {}
  for (const n of notes) counts[n.reason] = (counts[n.reason] ?? 0) + 1
  const count = (action: ImportAction): number => notes.filter((n) => n.action === action).length
  return { read, links, merged: count('merged'), skipped: count('skipped'), counts, notes }
}

/** The summary the CLI prints: totals, then each reason with its count and a few examples. */
export function formatReport(report: ImportReport, examples = 3): string {
  const lines = [
    `JustDeleteMe: ${report.read} read → ${report.links} link entries, ${report.merged} merged into guides, ${report.skipped} skipped`,
  ]
  const reasons = (Object.keys(report.counts) as ImportReason[]).sort(
    (a, b) => Object.keys(REASONS).indexOf(a) - Object.keys(REASONS).indexOf(b),
  )
  for (const reason of reasons) {
    const all = report.notes.filter((n) => n.reason === reason)
    // Skips and merges are few and matter most: list every one.
    const shown = REASONS[reason] === 'skipped' || REASONS[reason] === 'merged' ? all : all.slice(0, examples)
    lines.push(`  ${REASONS[reason].padEnd(7)} ${reason.padEnd(22)} ${String(all.length).padStart(4)}`)
    for (const n of shown) lines.push(`      #${n.index} ${n.name}: ${n.detail}`)
    if (shown.length < all.length) lines.push(`      … and ${all.length - shown.length} more`)
  }
  return lines.join('\n')
}
