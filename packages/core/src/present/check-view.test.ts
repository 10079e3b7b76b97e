import { describe, expect, it } from 'vitest'
import { evaluate } from '../engine/evaluate'
import { compiledCoinbox } from '../testing/compiled-coinbox'
import { presentCheck } from './check-view'

const everything = { savings: true, balance: 12.5, cards: true, plan: 'gold' }
const view = (
  answers: Record<string, boolean | number | string>,
  locale: 'zh-CN' | 'en' = 'zh-CN',
) =>
  presentCheck(
    compiledCoinbox,
    evaluate(compiledCoinbox, { answers, client: 'ios', startDate: '2026-09-28' }),
    locale,
  )

describe('presentCheck', () => {
  it('counts exactly what it lists, in the verdict too', () => {
    const v = view(everything, 'en')
    const must = v.groups.find((g) => g.key === 'must')!
    expect(must.count).toBe(must.items.length)
    expect(v.counts.must).toBe(3)
    expect(v.verdict.text).toBe('Not yet: 3 things must be cleared first.')
    expect(v.groups.map((g) => g.key)).toEqual(['must', 'recommended', 'info'])
  })
  it('lists each requirement in one group only, and each remedy once in the plan', () => {
    const v = view(everything)
    const ids = v.groups.flatMap((g) => g.items.map((i) => i.id))
    expect(new Set(ids).size).toBe(ids.length)
    const order = v.plan.map((p) => p.requirement)
    expect(new Set(order)).toEqual(
      new Set(['redeem-savings', 'withdraw-balance', 'unbind-cards', 'gold-lost']),
    )
    expect(order.length).toBe(4)
    // What must come first comes first: the reader acts top to bottom.
    for (const p of v.plan)
      for (const a of p.after)
        expect(order.indexOf(a.id)).toBeLessThan(order.indexOf(p.requirement))
  })
  it('keeps the timeline in date order with one entry per milestone, a disputed window once', () => {
    const v = view(everything)
    const firsts = v.timeline.map((e) => e.date.earliest)
    expect([...firsts].sort()).toEqual(firsts)
    const ids = v.timeline.map((e) => e.id)
    expect(new Set(ids).size).toBe(ids.length)
    const windows = v.timeline.filter((e) => e.kind === 'waiting')
    expect(windows).toHaveLength(1)
    expect(windows[0]!.claims.map((c) => c.duration)).toEqual(
      expect.arrayContaining(['15 天', '14 天']),
    )
    expect(windows[0]!.notes.join('')).toContain('较短的 14 天')
  })
  it('says a remedy starts when its predecessor is done', () => {
    const v = view(everything)
    const redeem = v.plan.find((p) => p.requirement === 'redeem-savings')!
    const withdraw = v.plan.find((p) => p.requirement === 'withdraw-balance')!
    expect(withdraw.start.earliest >= redeem.done.earliest).toBe(true)
    expect(withdraw.after.map((a) => a.id)).toContain('redeem-savings')
  })
  it('asks the unanswered questions instead of guessing, and counts them', () => {
    const v = view({}, 'en')
    expect(v.verdict.value).toBe('incomplete')
    expect(v.verdict.text).toBe(`Answer ${v.questions.length} more questions to get a verdict.`)
    expect(v.groups.every((g) => g.count === 0)).toBe(true)
  })
  it('gives no withdrawal deadline when the submission day is open-ended', () => {
    // A remedy of no set time before submitting leaves every later date open at its end.
    const open = {
      ...compiledCoinbox,
      requirements: compiledCoinbox.requirements.map((r) => ({
        ...r,
        remedy: { ...r.remedy, duration: { min: 1, unit: 'days' as const, approximate: false } },
      })),
    }
    for (const locale of ['zh-CN', 'en'] as const) {
      const v = presentCheck(
        open,
        evaluate(open, { answers: everything, client: 'ios', startDate: '2026-09-28' }),
        locale,
      )
      const wait = v.timeline.find((e) => e.id === 'wait:cooling-off')!
      expect(wait.notes.join(' ')).not.toMatch(/at the latest|最晚在/)
      expect(wait.notes.join(' ')).toMatch(/not known|无法确定/)
    }
  })
})
