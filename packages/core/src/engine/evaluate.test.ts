import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addDays } from '../calendar/dates'
import { coinbox } from '../testing/coinbox'
import { evaluate } from './evaluate'

const everything = { savings: true, balance: 12.5, cards: true, plan: 'gold' }
const nothing = { savings: false, balance: 0, cards: false, plan: 'none' }

describe('evaluate', () => {
  it('blocks, orders redeem → withdraw → unbind, and dates the plan past National Day', () => {
    const r = evaluate(coinbox, { answers: everything, client: 'ios', startDate: '2026-09-28' })
    expect(r.verdict).toBe('blocked')
    expect(r.blockers.map((b) => b.requirement)).toEqual(['redeem-savings', 'withdraw-balance', 'unbind-cards'])
    expect(r.warnings.map((w) => w.requirement)).toEqual(['gold-lost'])
    expect(r.plan.map((p) => (p.kind === 'remedy' ? p.requirement : p.step))).toEqual([
      'redeem-savings', 'withdraw-balance', 'unbind-cards', 'gold-lost', 'open', 'email-link',
    ])
    const t = r.timeline
    expect(t.submission).toEqual({ earliest: '2026-10-08', latest: '2026-10-10', approximate: false })
    // Cooling-off is disputed (15 vs 14 days): revoke by the shorter, expect completion by the longer.
    expect(t.revocableUntil).toMatchObject({ earliest: '2026-10-22', latest: '2026-10-24', approximate: true })
    expect(t.completion).toMatchObject({ earliest: '2026-10-23', latest: '2026-10-25' })
  })

  it('gives no withdrawal deadline when the sources do not say whether a wait can be withdrawn', () => {
    const silent = { ...coinbox, waitingPeriods: coinbox.waitingPeriods.map((w) => ({ ...w, revocable: 'unknown' as const })) }
    const r = evaluate(silent, { answers: nothing, startDate: '2026-09-28' })
    expect(r.timeline.revocableUntil).toBeNull()
    expect(r.timeline.milestones.some((m) => m.kind === 'revocation-deadline')).toBe(false)
    expect(r.timeline.completion).toEqual(evaluate(coinbox, { answers: nothing, startDate: '2026-09-28' }).timeline.completion)
  })

  it('is incomplete, listing the open questions, when a blocker is unanswered', () => {
    const r = evaluate(coinbox, { answers: { savings: false, cards: false }, startDate: '2026-03-02' })
    expect(r.verdict).toBe('incomplete')
    expect(r.missing.map((m) => m.question)).toEqual(['balance', 'plan'])
  })

  it('is ready with nothing blocking, and dates completion from the start', () => {
    const r = evaluate(coinbox, { answers: nothing, client: 'android', startDate: '2026-03-02' })
    expect(r.verdict).toBe('ready')
    expect(r.plan.map((p) => (p.kind === 'step' ? p.step : p.requirement))).toEqual(['open', 'sms-code'])
    expect(r.timeline.submission).toEqual({ earliest: '2026-03-02', latest: '2026-03-02', approximate: false })
    expect(r.timeline.completion.latest).toBe('2026-03-17')
  })

  it('reports losses by certainty', () => {
    const unknown = evaluate(coinbox, { answers: {}, startDate: '2026-03-02' })
    expect(unknown.losses.map((l) => [l.id, l.certainty])).toEqual([['history', 'certain'], ['gold', 'possible']])
    const none = evaluate(coinbox, { answers: nothing, startDate: '2026-03-02' })
    expect(none.losses.map((l) => l.id)).toEqual(['history'])
  })

  it('rejects a start date that does not exist', () => {
    expect(() => evaluate(coinbox, { answers: {}, startDate: '2026-02-30' })).toThrow(RangeError)
  })
})

const answer = {
  savings: fc.boolean(),
  balance: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 1e6, noNaN: true })),
  cards: fc.boolean(),
  plan: fc.constantFrom('none', 'gold'),
}
const partialAnswers = fc.record(answer, { requiredKeys: [] })
const fullAnswers = fc.record(answer)
const date = fc.integer({ min: 0, max: 1000 }).map((n) => addDays('2025-01-01', n))

describe('evaluate properties', () => {
  it('never turns a decided verdict around when more questions are answered', () => {
    fc.assert(
      fc.property(partialAnswers, fullAnswers, date, (some, all, startDate) => {
        const before = evaluate(coinbox, { answers: some, startDate }).verdict
        const after = evaluate(coinbox, { answers: { ...all, ...some }, startDate }).verdict
        return before === 'incomplete' || before === after
      }),
    )
  })

  it('never completes earlier when starting later', () => {
    fc.assert(
      fc.property(fullAnswers, date, fc.integer({ min: 0, max: 60 }), (answers, start, delay) => {
        const a = evaluate(coinbox, { answers, startDate: start }).timeline.completion
        const b = evaluate(coinbox, { answers, startDate: addDays(start, delay) }).timeline.completion
        return b.earliest >= a.earliest && (a.latest === null || b.latest === null || b.latest >= a.latest)
      }),
    )
  })

  it('plans every remedy after the remedies it depends on', () => {
    fc.assert(
      fc.property(fullAnswers, date, (answers, startDate) => {
        const plan = evaluate(coinbox, { answers, startDate }).plan
        const at = new Map(plan.map((p, i) => [p.kind === 'remedy' ? p.requirement : p.step, i]))
        return plan.every(
          (p) => p.kind !== 'remedy' || p.after.every((d) => !at.has(d) || at.get(d)! < at.get(p.requirement)!),
        )
      }),
    )
  })
})
