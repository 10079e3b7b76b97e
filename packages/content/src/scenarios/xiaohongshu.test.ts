import { evaluate } from '@deregister/core'
import { describe, expect, it } from 'vitest'
import { ids, loadGuide, planOrder, span } from './load-guide'

const xhs = await loadGuide('xiaohongshu')

const clear = {
  unfinished_orders: false,
  balance_remaining: false,
  open_complaints: false,
  bound_phone_reachable: true,
  third_party_bound: false,
}
const steps = [
  'step:sign-in',
  'step:open-entry',
  'step:read-notice',
  'step:verify-identity',
  'step:submit',
]

describe('Xiaohongshu scenarios', () => {
  it('an unfinished order blocks, and no end date can be promised', () => {
    const r = evaluate(xhs, {
      client: 'ios',
      startDate: '2026-09-28',
      answers: { ...clear, unfinished_orders: true },
    })
    expect(r.verdict).toBe('blocked')
    expect(ids(r.blockers)).toEqual(['orders-finished'])
    expect(r.blockers[0]!.status).toBe('fails')
    expect(planOrder(r)).toEqual(['remedy:orders-finished', ...steps])
    // How long an order takes is not given: the submission date has no upper bound.
    expect(span(r.timeline.submission)).toEqual(['2026-09-28', null])
    expect(span(r.timeline.completion)).toEqual(['2026-10-06', null])
    // One source gives a 7-day cooling-off after review in which logging in cancels.
    expect(span(r.timeline.revocableUntil)).toEqual(['2026-10-06', null])
    expect(r.timeline.approximate).toBe(true)
  })

  it('nothing blocking: ready, submitted today, reviewed over "a few days"', () => {
    const r = evaluate(xhs, { client: 'android', startDate: '2026-11-24', answers: clear })
    expect(r.verdict).toBe('ready')
    expect(r.blockers).toEqual([])
    expect(r.warnings).toEqual([])
    expect(planOrder(r)).toEqual(steps)
    expect(span(r.timeline.submission)).toEqual(['2026-11-24', '2026-11-24'])
    // The "few minutes" and "few days" claims disagree; completion takes the longer one.
    expect(span(r.timeline.completion)).toEqual(['2026-12-02', null])
    expect(span(r.timeline.revocableUntil)).toEqual(['2026-12-02', null])
    expect(r.timeline.approximate).toBe(true)
    const review = xhs.waitingPeriods[0]!
    expect(review.kind).toBe('review')
    expect(
      'disputed' in review.duration && review.duration.disputed.map((c) => c.value.unit),
    ).toEqual(['minutes', 'days', 'workdays', 'workdays'])
  })

  it('nothing answered: incomplete, asking all five questions', () => {
    const r = evaluate(xhs, { client: 'ios', startDate: '2026-11-24', answers: {} })
    expect(r.verdict).toBe('incomplete')
    expect(ids(r.blockers)).toEqual([
      'orders-finished',
      'balance-used-up',
      'complaints-resolved',
      'phone-reachable',
    ])
    expect(r.blockers.every((b) => b.status === 'unknown')).toBe(true)
    expect(ids(r.warnings)).toEqual(['third-party-unbound'])
    expect(r.missing.map((m) => m.question)).toEqual([
      'unfinished_orders',
      'balance_remaining',
      'open_complaints',
      'bound_phone_reachable',
      'third_party_bound',
    ])
    expect(planOrder(r)).toEqual(steps)
    expect(span(r.timeline.submission)).toEqual(['2026-11-24', '2026-11-24'])
    expect(r.losses.find((l) => l.id === 'balance')?.certainty).toBe('possible')
  })

  it('points left and WeChat login linked: blocked by the balance, warned about the link', () => {
    const r = evaluate(xhs, {
      client: 'android',
      startDate: '2026-11-24',
      answers: { ...clear, balance_remaining: true, third_party_bound: true },
    })
    expect(r.verdict).toBe('blocked')
    expect(ids(r.blockers)).toEqual(['balance-used-up'])
    expect(ids(r.warnings)).toEqual(['third-party-unbound'])
    expect(planOrder(r)).toEqual(['remedy:balance-used-up', 'remedy:third-party-unbound', ...steps])
    expect(span(r.timeline.submission)).toEqual(['2026-11-24', null])
    expect(span(r.timeline.completion)).toEqual(['2026-12-02', null])
    expect(r.losses.find((l) => l.id === 'balance')?.certainty).toBe('certain')
    expect(r.consequences.map((c) => c.id)).toEqual(['third-party-login'])
  })

  it('changed phone number: only customer service can verify', () => {
    const r = evaluate(xhs, {
      client: 'ios',
      startDate: '2026-11-24',
      answers: { ...clear, bound_phone_reachable: false },
    })
    expect(r.verdict).toBe('blocked')
    expect(ids(r.blockers)).toEqual(['phone-reachable'])
    expect(r.blockers[0]!.remedy.customerService).toBe(true)
    expect(planOrder(r)).toEqual(['remedy:phone-reachable', ...steps])
    expect(span(r.timeline.submission)).toEqual(['2026-11-24', null])
    expect(xhs.troubleshooting.find((t) => t.requirement === 'phone-reachable')?.id).toBe(
      'verification-fails',
    )
  })

  it('an open complaint and an unfinished order: both cleared in content order', () => {
    const r = evaluate(xhs, {
      client: 'android',
      startDate: '2026-09-30',
      answers: { ...clear, unfinished_orders: true, open_complaints: true },
    })
    expect(r.verdict).toBe('blocked')
    expect(ids(r.blockers)).toEqual(['orders-finished', 'complaints-resolved'])
    expect(planOrder(r)).toEqual(['remedy:orders-finished', 'remedy:complaints-resolved', ...steps])
    expect(span(r.timeline.submission)).toEqual(['2026-09-30', null])
    // Review counts calendar days, so the holiday does not shift it.
    expect(span(r.timeline.completion)).toEqual(['2026-10-08', null])
  })
})

describe('Xiaohongshu fact-check', () => {
  it('unfinished transactions are orders only: 售后 is not in any source', async () => {
    const g = await loadGuide('xiaohongshu')
    expect(JSON.stringify([g.questions, g.requirements])).not.toContain('售后')
  })
})
