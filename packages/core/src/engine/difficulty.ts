import type { Difficulty } from '../schema/compiled'
import type { Guide } from '../schema/platform'
import type { VerificationMethod } from '../schema/vocabulary'
import { approxDays, conservative } from './duration'

/**
 * Difficulty, derived from content so nobody grades by hand. Score out of 10:
 *
 * | factor          | points | from                                                           |
 * |-----------------|--------|----------------------------------------------------------------|
 * | blockers        | 0–3    | number of blocker requirements, 6 or more = 3                  |
 * | verification    | 0–2    | sum of burdens (1–3) of required methods on the hardest client (a group of alternatives counts its easiest), 6+ = 2 |
 * | waiting         | 0–2    | longest total wait in days, log scale, 60+ days = 2            |
 * | customerService | 0–1.5  | 1.5 when any remedy needs a human at the platform              |
 * | revocability    | 0–1.5  | 1.5 when no waiting period is known to let the reader take it back ('unknown' counts as no) |
 *
 * Levels: below 3.5 easy, below 6.5 medium, otherwise hard.
 */
export function difficulty(guide: Guide, methods: readonly VerificationMethod[]): Difficulty {
  const burden = new Map(methods.map((m) => [m.id, m.burden]))
  const blockers = Math.min(guide.requirements.filter((r) => r.severity === 'blocker').length, 6) / 6 * 3

  const clients = guide.clients.map((c) => c.client)
  // Per client: each required method counts its burden; a group of alternatives counts once,
  // at its easiest member (the reader picks that one).
  const perClient = clients.map((client) => {
    const groups = new Map<string, number>()
    for (const v of guide.verification) {
      if (!v.required || (v.clients && !v.clients.includes(client))) continue
      const key = v.group ?? `method:${v.method}`
      const b = burden.get(v.method) ?? 1
      groups.set(key, Math.min(groups.get(key) ?? b, b))
    }
    return [...groups.values()].reduce((sum, b) => sum + b, 0)
  })
  const verification = (Math.min(Math.max(0, ...perClient), 6) / 6) * 2

  const waitDays = guide.waitingPeriods.reduce((sum, w) => {
    const d = conservative(w.duration, 'longest')
    const days = approxDays(d, 'max')
    return sum + (Number.isFinite(days) ? days : approxDays(d, 'min') * 2)
  }, 0)
  const waiting = Math.min(Math.log2(1 + waitDays) / Math.log2(61), 1) * 2

  const customerService = guide.requirements.some((r) => r.remedy.customerService) ? 1.5 : 0
  const revocability = guide.waitingPeriods.some((w) => w.revocable === true) ? 0 : 1.5

  const round = (n: number): number => Math.round(n * 10) / 10
  const score = round(blockers + verification + waiting + customerService + revocability)
  return {
    score,
    level: score < 3.5 ? 'easy' : score < 6.5 ? 'medium' : 'hard',
    factors: {
      blockers: round(blockers),
      verification: round(verification),
      waiting: round(waiting),
      customerService,
      revocability,
    },
  }
}
