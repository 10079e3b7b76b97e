import { describe, expect, it } from 'vitest'
import { coinbox } from '../testing/coinbox'
import { difficulty } from './difficulty'

const methods = [{ id: 'sms', burden: 1, name: { 'zh-CN': '短信', en: 'SMS' }, description: { 'zh-CN': '码', en: 'code' } }]

describe('difficulty', () => {
  it('is derived from blockers, verification, waiting, customer service and revocability', () => {
    const d = difficulty(coinbox, methods)
    expect(d.factors).toEqual({ blockers: 1.5, verification: 0.3, waiting: 1.3, customerService: 0, revocability: 0 })
    expect(d).toMatchObject({ score: 3.2, level: 'easy' })
  })

  it('grows when a remedy needs customer service and nothing can be revoked', () => {
    const harder = {
      ...coinbox,
      requirements: coinbox.requirements.map((r) => ({ ...r, remedy: { ...r.remedy, customerService: true } })),
      waitingPeriods: coinbox.waitingPeriods.map((w) => ({ ...w, revocable: false })),
    }
    const d = difficulty(harder, methods)
    expect(d.score).toBeCloseTo(6.2, 5)
    expect(d.level).toBe('medium')
  })
})

describe('difficulty when revocability is not stated', () => {
  it("counts 'unknown' as not revocable: nothing promises the reader a way back", () => {
    const silent = { ...coinbox, waitingPeriods: coinbox.waitingPeriods.map((w) => ({ ...w, revocable: 'unknown' as const })) }
    expect(difficulty(silent, methods).factors.revocability).toBe(1.5)
  })
})

describe('difficulty of verification alternatives', () => {
  it('counts a group of alternatives once, at its easiest method', () => {
    const all = [
      ...methods,
      { id: 'face', burden: 3, name: { 'zh-CN': '人脸', en: 'Face' }, description: { 'zh-CN': '刷脸', en: 'scan' } },
    ]
    const both = { ...coinbox, verification: [{ method: 'sms', required: true }, { method: 'face', required: true }] }
    const either = { ...coinbox, verification: both.verification.map((v) => ({ ...v, group: 'one-of' })) }
    expect(difficulty(both, all).factors.verification).toBe(1.3) // (1 + 3) / 6 × 2
    expect(difficulty(either, all).factors.verification).toBe(0.3) // 1 / 6 × 2
  })
})
