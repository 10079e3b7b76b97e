import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decodeDays, encodeDays } from './day-runs'

describe('day runs', () => {
  it('writes consecutive days as one run and single days as a bare gap', () => {
    // 10–12 (gap 10, 3 days), 20 (8 after 12), 30–31 (10 after 20, 2 days)
    expect(encodeDays([10, 11, 12, 20, 30, 31])).toBe('a.3,8,a.2')
    expect(decodeDays('a.3,8,a.2')).toEqual([10, 11, 12, 20, 30, 31])
  })

  it('round-trips any set of days, in ascending order, before 1970 too', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -40_000, max: 80_000 }), { maxLength: 300 }), (days) => {
        const expected = [...new Set(days)].sort((a, b) => a - b)
        expect(decodeDays(encodeDays(days))).toEqual(expected)
      }),
      { numRuns: 500 },
    )
  })

  it('round-trips dense stretches where runs touch', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 60 }), { maxLength: 60 }), (days) => {
        expect(decodeDays(encodeDays(days))).toEqual([...new Set(days)].sort((a, b) => a - b))
      }),
      { numRuns: 500 },
    )
  })
})
