import type { Client } from '../schema/localized'
import type { Guide } from '../schema/platform'
import type { Evaluation, EvaluationInput, Finding, PlanItem } from '../schema/result'
import { toDay } from '../calendar/dates'
import { test } from './condition'
import { schedule } from './timeline'

const forClient = (clients: readonly Client[] | undefined, client: Client | undefined): boolean =>
  !clients || !client || clients.includes(client)

/**
 * Answers → verdict, blockers and warnings with remedies, the ordered plan, the dated
 * timeline and what will be lost. Pure: same inputs, same result; the caller passes the date.
 *
 * @example
 * evaluate(wechat, { answers: { wallet_balance: 12.5 }, client: 'ios', startDate: '2026-09-28' })
 */
export function evaluate(guide: Guide, input: EvaluationInput): Evaluation {
  const answers = input.answers ?? {}
  const client = input.client
  toDay(input.startDate) // throws a RangeError on a date that does not exist

  const findings: Finding[] = []
  for (const req of guide.requirements) {
    if (!forClient(req.clients, client)) continue
    const truth = test(req.when, answers)
    if (truth.value === false) continue
    findings.push({
      requirement: req.id,
      title: req.title,
      severity: req.severity,
      status: truth.value ? 'fails' : 'unknown',
      missing: truth.missing,
      remedy: req.remedy,
      ...(req.failureShare ? { failureShare: req.failureShare.share } : {}),
    })
  }
  const of = (severity: Finding['severity']): Finding[] => findings.filter((f) => f.severity === severity)
  const blockers = of('blocker')
  const verdict = blockers.some((f) => f.status === 'fails')
    ? 'blocked'
    : blockers.some((f) => f.status === 'unknown')
      ? 'incomplete'
      : 'ready'

  // Unanswered questions that could change the verdict or add to the plan.
  const missingIds = new Set(findings.filter((f) => f.severity !== 'info').flatMap((f) => f.missing))
  const missing = guide.questions
    .filter((q) => missingIds.has(q.id))
    .map((q) => ({ question: q.id, text: q.text }))

  const active = new Set(findings.filter((f) => f.status === 'fails' && f.severity !== 'info').map((f) => f.requirement))
  const gating = new Set(blockers.filter((f) => f.status === 'fails').map((f) => f.requirement))
  const { remedies, timeline } = schedule(guide, active, gating, input.startDate)
  const steps: PlanItem[] = guide.steps
    .filter((s) => forClient(s.clients, client))
    .map((s) => ({ kind: 'step', step: s.id, text: s.text, ...(s.detail ? { detail: s.detail } : {}) }))

  const losses = guide.losses.flatMap((loss) => {
    const t = loss.when ? test(loss.when, answers).value : true
    return t === false ? [] : [{ ...loss, certainty: t === true ? ('certain' as const) : ('possible' as const) }]
  })
  const consequences = guide.consequences.filter((c) => !c.when || test(c.when, answers).value !== false)
  // Only what the reader said applies: an unanswered question offers no special channel.
  const holds = (when: Parameters<typeof test>[0] | undefined): boolean => !!when && test(when, answers).value === true
  const specialAccounts = guide.specialAccounts.filter((s) => holds(s.when)).map((s) => s.id)
  const unavailableVerification = guide.verification
    .filter((v) => forClient(v.clients, client) && holds(v.unavailableWhen))
    .map((v) => v.method)

  return {
    platform: guide.id,
    client: client ?? null,
    verdict,
    blockers,
    warnings: of('warning'),
    notes: of('info'),
    missing,
    plan: [...remedies, ...steps],
    timeline,
    losses,
    consequences,
    specialAccounts,
    unavailableVerification,
  }
}
