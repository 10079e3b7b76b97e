import { describe, expect, it } from 'vitest'
import type { Duration, SourcedDuration } from '../schema/duration'
import { addDuration, conservative } from './duration'

const claim = (value: Duration): { value: Duration; source: string; statement: { 'zh-CN': string; en: string } } => ({
  value,
  source: 's',
  statement: { 'zh-CN': '说法', en: 'claim' },
})
const disputed = (...values: Duration[]): SourcedDuration => ({ disputed: values.map(claim) })
const d = (min: number, max: number | undefined, unit: Duration['unit']): Duration => ({ min, max, unit, approximate: false })

describe('conservative', () => {
  it('waits for the longest and acts within the shortest claim, whatever the order', () => {
    for (const pair of [[d(15, 15, 'days'), d(14, 14, 'days')], [d(14, 14, 'days'), d(15, 15, 'days')]]) {
      expect(conservative(disputed(...pair), 'longest')).toMatchObject({ min: 15, approximate: true })
      expect(conservative(disputed(...pair), 'shortest')).toMatchObject({ min: 14, approximate: true })
    }
  })

  it('orders unbounded claims by their lower bound ("几分钟" vs "几天")', () => {
    for (const pair of [[d(1, undefined, 'minutes'), d(1, undefined, 'days')], [d(1, undefined, 'days'), d(1, undefined, 'minutes')]]) {
      expect(conservative(disputed(...pair), 'longest')).toMatchObject({ unit: 'days' })
      expect(conservative(disputed(...pair), 'shortest')).toMatchObject({ unit: 'minutes' })
    }
  })

  it('compares across units', () => {
    expect(conservative(disputed(d(3, 3, 'workdays'), d(2, 2, 'days')), 'longest')).toMatchObject({ unit: 'workdays' })
  })
})

describe('addDuration', () => {
  it('rounds sub-day durations down for the earliest and up for the latest date', () => {
    expect(addDuration('2026-03-02', d(0, 30, 'minutes'), 'min').date).toBe('2026-03-02')
    expect(addDuration('2026-03-02', d(0, 30, 'minutes'), 'max').date).toBe('2026-03-03')
  })
  it('has no latest date when the source gives no upper bound', () => {
    expect(addDuration('2026-03-02', d(1, undefined, 'days'), 'max')).toEqual({ date: null, approximate: true })
  })
})
