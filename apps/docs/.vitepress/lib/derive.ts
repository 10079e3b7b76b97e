/**
 * @module
 * Figures derived from a guide that core's reader view does not carry (it words phrases; this
 * only counts): never typed by hand, always computed from the content.
 */
import type { CompiledGuide, Duration, SourcedDuration } from '@deregister/core'

/** How many claims the guide marks as disputed: durations and other disagreements. */
export function disputeCount(g: CompiledGuide): number {
  const disputed = (d?: SourcedDuration | Duration): boolean => !!d && 'disputed' in d
  const durations = [...g.waitingPeriods.map((w) => w.duration), ...g.retention.map((r) => r.duration)].filter(disputed)
  return durations.length + (g.disagreements ?? []).length
}
