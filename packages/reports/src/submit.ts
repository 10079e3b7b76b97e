import type { CompiledEntry } from '@deregister/core'
import type { Report, ReportInput } from './schema'
import type { NewReport, ReportStore } from './store'
import { reportTargets } from './targets'

/** What became of a submitted report. */
export type SubmitOutcome =
  | { kind: 'stored'; report: Report; created: boolean }
  | { kind: 'unknown-target' }
  /** The id already holds a different report. */
  | { kind: 'conflict' }

const targetsOf = new WeakMap<CompiledEntry, Set<string>>()
function targets(entry: CompiledEntry): Set<string> {
  let set = targetsOf.get(entry)
  if (!set) targetsOf.set(entry, (set = reportTargets(entry)))
  return set
}

const SAME_FIELDS = ['platform', 'target', 'kind', 'client', 'message'] as const
const sameReport = (stored: Report, sent: NewReport): boolean => SAME_FIELDS.every((field) => stored[field] === sent[field])

/**
 * Stores a reader's report on `entry`. Ids are chosen by the client, so resending the same
 * report is safe: it answers the stored one (`created: false`); the same id with other fields
 * is a conflict.
 */
export async function submitReport(store: ReportStore, entry: CompiledEntry, input: ReportInput, now: Date): Promise<SubmitOutcome> {
  if (!targets(entry).has(input.target)) return { kind: 'unknown-target' }
  const sent: NewReport = {
    id: input.id.toLowerCase(),
    platform: entry.id,
    target: input.target,
    kind: input.kind,
    ...(input.client === undefined ? {} : { client: input.client }),
    ...(input.message === undefined ? {} : { message: input.message }),
    contentHash: entry.hash,
    createdAt: now.toISOString(),
  }
  const { report, created } = await store.insert(sent)
  if (!created && !sameReport(report, sent)) return { kind: 'conflict' }
  return { kind: 'stored', report, created }
}
