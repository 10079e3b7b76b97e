import chineseDays from 'chinese-days'
import calendar from 'chinese-days/dist/chinese-days.json'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addDays } from './dates'
import { addWorkdays, CALENDAR_RANGE, isCalendarKnown, isWorkday } from './workdays'

describe('isWorkday on the mainland-China calendar', () => {
  it.each([
    ['2025-10-01', false, '国庆 2025'],
    ['2025-10-08', false, '国庆 2025, last day'],
    ['2025-09-28', true, 'make-up Sunday before 国庆 2025'],
    ['2025-10-11', true, 'make-up Saturday after 国庆 2025'],
    ['2025-01-28', false, '春节 2025 eve'],
    ['2025-02-04', false, '春节 2025, last day'],
    ['2025-01-26', true, 'make-up Sunday before 春节 2025'],
    ['2025-02-08', true, 'make-up Saturday after 春节 2025'],
    ['2026-02-15', false, '春节 2026'],
    ['2026-02-14', true, 'make-up Saturday before 春节 2026'],
    ['2026-02-28', true, 'make-up Saturday after 春节 2026'],
    ['2026-10-07', false, '国庆 2026, last day'],
    ['2026-10-10', true, 'make-up Saturday after 国庆 2026'],
    ['2026-09-29', true, 'an ordinary Tuesday'],
    ['2026-10-11', false, 'an ordinary Sunday'],
  ])('%s is a workday: %s (%s)', (date, expected) => {
    expect(isWorkday(date)).toBe(expected)
  })
})

describe('CALENDAR_RANGE', () => {
  it('spans the years chinese-days covers and serializes as plain years', () => {
    const years = Object.keys(calendar.holidays).map((d) => Number(d.slice(0, 4)))
    expect(JSON.parse(JSON.stringify(CALENDAR_RANGE))).toEqual({ first: Math.min(...years), last: Math.max(...years) })
    expect(isCalendarKnown(`${CALENDAR_RANGE.first}-06-01`)).toBe(true)
    expect(isCalendarKnown(`${CALENDAR_RANGE.first - 1}-06-01`)).toBe(false)
  })
})

describe('addWorkdays', () => {
  it('skips the 2026 National Day holiday and counts the make-up Saturday', () => {
    // Mon 09-28 + 3 workdays: Tue 29, Wed 30, then 10-01..07 off, 10-08 (Thu).
    expect(addWorkdays('2026-09-28', 3)).toEqual({ date: '2026-10-08', approximate: false })
    // 10-08 Thu, 10-09 Fri, 10-10 Sat (make-up), 10-12 Mon.
    expect(addWorkdays('2026-09-28', 6)).toEqual({ date: '2026-10-12', approximate: false })
  })

  it('counts weekdays only, flagged approximate, past the years the data covers', () => {
    const lastDay = `${CALENDAR_RANGE.last}-12-31`
    const r = addWorkdays(lastDay, 1)
    expect(isCalendarKnown(r.date)).toBe(false)
    expect(r.approximate).toBe(true)
    expect([1, 2, 3, 4, 5]).toContain(new Date(`${r.date}T00:00:00Z`).getUTCDay())
  })

  it('agrees with the chinese-days package across 春节 and 国庆 2025–2026', () => {
    const day = fc.integer({ min: 0, max: 729 }).map((n) => addDays('2025-01-01', n))
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 30 }), (start, n) => {
        // Oracle: walk the package's own isWorkday day by day.
        let date = start
        let left = n
        while (left > 0) {
          date = addDays(date, 1)
          if (chineseDays.isWorkday(date)) left--
        }
        const ours = addWorkdays(start, n)
        return ours.date === date || ours.approximate
      }),
      { numRuns: 2000 },
    )
  })
})
