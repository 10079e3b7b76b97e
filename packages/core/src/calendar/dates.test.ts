import { describe, expect, it } from 'vitest'
import { addMonths, toDay, fromDay } from './dates'

describe('dates', () => {
  it('round-trips ISO dates and rejects impossible ones', () => {
    expect(fromDay(toDay('2028-02-29'))).toBe('2028-02-29')
    expect(() => toDay('2026-02-29')).toThrow(/no such date/)
    expect(() => toDay('26-1-1')).toThrow(/ISO date/)
  })
  it('clamps month arithmetic to the end of the month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28')
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28')
  })
})

describe('integer date arithmetic', () => {
  it('agrees with Date for every day from 1900 to 2200', async () => {
    const fc = (await import('fast-check')).default
    fc.assert(
      fc.property(fc.integer({ min: -25567, max: 84000 }), (day) => {
        const viaDate = new Date(day * 86_400_000).toISOString().slice(0, 10)
        return fromDay(day) === viaDate && toDay(viaDate) === day
      }),
      { numRuns: 5000 },
    )
  })
})
