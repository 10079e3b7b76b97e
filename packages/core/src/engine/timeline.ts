import type { Guide } from '../schema/platform'
import type { DateRange, Milestone, PlanItem, Timeline } from '../schema/result'
import type { Requirement } from '../schema/requirement'
import { conservative } from './duration'
import { dependencyOrder } from './order'
import { day, later, shift } from './range'

// The order depends on content only: compute it once per guide object.
const orders = new WeakMap<Guide, Requirement[]>()
function requirementOrder(guide: Guide): Requirement[] {
  let order = orders.get(guide)
  if (!order) {
    const nodes = guide.requirements.map((r) => ({ id: r.id, after: r.remedy.after, requirement: r }))
    order = dependencyOrder(nodes).map((n) => n.requirement)
    orders.set(guide, order)
  }
  return order
}

export interface Schedule {
  remedies: Extract<PlanItem, { kind: 'remedy' }>[]
  timeline: Timeline
}

/**
 * Dates the active remedies (those the reader must carry out) in dependency order, then
 * submission and every waiting period. A remedy waits for all its predecessors, also
 * through ones that do not apply to this reader: order in content is order in life.
 * Only `gating` remedies (blockers) hold back submission; warnings' remedies are dated too.
 */
export function schedule(
  guide: Guide,
  active: ReadonlySet<string>,
  gating: ReadonlySet<string>,
  start: string,
): Schedule {
  const ordered = requirementOrder(guide)
  const done = new Map<string, DateRange>()
  const remedies: Schedule['remedies'] = []
  const milestones: Milestone[] = []
  for (const req of ordered) {
    const begin = req.remedy.after.reduce((acc, dep) => (done.has(dep) ? later(acc, done.get(dep)!) : acc), day(start))
    if (!active.has(req.id)) {
      done.set(req.id, begin)
      continue
    }
    const end = shift(begin, req.remedy.duration)
    done.set(req.id, end)
    remedies.push({
      kind: 'remedy',
      requirement: req.id,
      title: req.title,
      steps: req.remedy.steps,
      duration: req.remedy.duration,
      after: req.remedy.after,
      start: begin,
      done: end,
    })
    milestones.push({ id: `remedy:${req.id}`, kind: 'remedy', title: req.title, date: end })
  }
  const submission = remedies.filter((r) => gating.has(r.requirement)).reduce((acc, r) => later(acc, r.done), day(start))
  milestones.push({ id: 'submission', kind: 'submission', title: { 'zh-CN': '提交注销申请', en: 'Submit the deletion request' }, date: submission })

  let cursor = submission
  let revocableUntil: DateRange | null = null
  for (const wait of guide.waitingPeriods) {
    // Only a window the sources confirm gets a deadline: 'unknown' promises nothing.
    if (wait.revocable === true) {
      revocableUntil = shift(cursor, conservative(wait.duration, 'shortest'))
      milestones.push({ id: `revoke:${wait.id}`, kind: 'revocation-deadline', title: wait.title, date: revocableUntil })
    }
    cursor = shift(cursor, conservative(wait.duration, 'longest'))
    milestones.push({ id: `wait:${wait.id}`, kind: 'waiting', title: wait.title, date: cursor })
  }
  milestones.push({ id: 'completion', kind: 'completion', title: { 'zh-CN': '账号注销完成', en: 'Account deleted' }, date: cursor })
  return {
    remedies,
    timeline: {
      start,
      submission,
      completion: cursor,
      revocableUntil,
      milestones,
      approximate: milestones.some((m) => m.date.approximate),
    },
  }
}
