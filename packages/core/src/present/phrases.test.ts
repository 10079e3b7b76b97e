import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Duration } from '../schema/duration'
import { formatDateRange, formatDuration, formatShare, formatTaskDates } from './phrases'

const d = (
  min: number,
  max: number | undefined,
  unit: Duration['unit'] = 'days',
  approximate = false,
): Duration => ({
  min,
  ...(max === undefined ? {} : { max }),
  unit,
  approximate,
})

describe('formatDuration', () => {
  it('says right away for nothing to wait, never "约 0 天"', () => {
    expect(formatDuration(d(0, 0, 'days', true), 'zh-CN')).toBe('立即')
    expect(formatDuration(d(0, 0), 'en')).toBe('right away')
  })
  it('writes a fixed figure once and marks it approximate in front', () => {
    expect(formatDuration(d(3, 3, 'workdays', true), 'zh-CN')).toBe('约 3 个工作日')
    expect(formatDuration(d(3, 3, 'workdays', true), 'en')).toBe('about 3 working days')
  })
  it('gets English plurals right', () => {
    expect(formatDuration(d(1, 1), 'en')).toBe('1 day')
    expect(formatDuration(d(1, 2), 'en')).toBe('1–2 days')
    expect(formatDuration(d(1, undefined, 'years'), 'en')).toBe('at least 1 year')
  })
  it('says "at least" for an open end, never "about at least" or "30+"', () => {
    expect(formatDuration(d(30, undefined, 'days', true), 'zh-CN')).toBe('至少 30 天')
    expect(formatDuration(d(30, undefined, 'days', true), 'en')).toBe('at least 30 days')
  })
  it('says "up to" for a range from zero, never "0–15"', () => {
    expect(formatDuration(d(0, 15, 'workdays'), 'zh-CN')).toBe('最多 15 个工作日')
    expect(formatDuration(d(0, 15, 'workdays', true), 'en')).toBe('up to about 15 working days')
  })
  it('says the time is not set when a source gives neither bound', () => {
    expect(formatDuration(d(0, undefined), 'zh-CN')).toBe('时长不定')
  })
  it('never writes a zero amount or a hedge on a hedge, for any duration', () => {
    const duration = fc.record({
      min: fc.nat(400),
      extra: fc.option(fc.nat(400)),
      unit: fc.constantFrom<Duration['unit']>(
        'minutes',
        'hours',
        'days',
        'workdays',
        'months',
        'years',
      ),
      approximate: fc.boolean(),
    })
    fc.assert(
      fc.property(duration, ({ min, extra, unit, approximate }) => {
        const value = d(min, extra === null ? undefined : min + extra, unit, approximate)
        for (const text of [formatDuration(value, 'zh-CN'), formatDuration(value, 'en')]) {
          expect(text).not.toMatch(
            /(^|\D)0 (天|个|分钟|小时|年|days?|working|minutes?|hours?|months?|years?)/,
          )
          expect(text).not.toMatch(/about at least|约 至少|约至少/)
        }
      }),
    )
  })
})

describe('formatDateRange', () => {
  it('writes one date when both ends agree and a span otherwise, marked approximate once', () => {
    expect(
      formatDateRange(
        { earliest: '2026-12-07', latest: '2026-12-07', approximate: false },
        'zh-CN',
      ),
    ).toBe('2026年12月7日')
    expect(
      formatDateRange({ earliest: '2026-12-07', latest: '2026-12-08', approximate: true }, 'zh-CN'),
    ).toBe('约 2026年12月7日至12月8日')
    expect(
      formatDateRange({ earliest: '2026-12-30', latest: '2027-01-02', approximate: false }, 'en'),
    ).toBe('Dec 30, 2026 – Jan 2, 2027')
    expect(formatDateRange({ earliest: '2026-12-07', latest: null, approximate: true }, 'en')).toBe(
      'from about Dec 7, 2026, end not known',
    )
  })
})

describe('formatTaskDates', () => {
  it('gives a task done the day it starts one date, not "A – B → 约A – B"', () => {
    const r = { earliest: '2026-12-07', latest: '2026-12-08', approximate: false }
    expect(
      formatTaskDates(
        { ...r, latest: r.earliest },
        { ...r, latest: r.earliest, approximate: true },
        'zh-CN',
      ),
    ).toBe('2026年12月7日')
  })
  it('says when to start and by when it is done', () => {
    const start = { earliest: '2027-02-13', latest: '2027-02-13', approximate: false }
    const done = { earliest: '2027-02-18', latest: '2027-02-25', approximate: false }
    expect(formatTaskDates(start, done, 'zh-CN')).toBe('2027年2月13日开始，2月25日前完成')
    expect(formatTaskDates(start, done, 'en')).toBe('start Feb 13, 2027, done by Feb 25, 2027')
  })
})

describe('formatShare', () => {
  it('keeps a source\'s "more than"', () => {
    expect(formatShare(0.68, 'more-than', 'zh-CN')).toBe('超过 68%')
    expect(formatShare(0.43, 'exact', 'en')).toBe('43%')
  })
})
